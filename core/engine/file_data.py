"""What reading a user's dataset gives: its arrays (or an image folder's index) and the
facts the window shows, or a DataError naming the file and the problem."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from core.i18n import translate
from core.model import machine
from core.model.facts import Column, FileFacts

if TYPE_CHECKING:
    from core.engine.table_stream import TableFile

Progress = Callable[[float], None]
IN_MEMORY_SHARE = 1 / 6  # auto: in memory when the data take at most this of free memory
MAX_CLASSES_INFERRED = 20  # whole-number targets with at most this many values are classes


@dataclass(frozen=True)
class ImageFiles:
    """An image folder's index: every file, its class, the size it is resized to."""

    folder: str
    paths: tuple[str, ...]
    labels: np.ndarray  # int64 class numbers, one per path
    size: tuple[int, int]  # (height, width)
    channels: int
    bytes_on_disk: int

    @property
    def image_bytes(self) -> int:
        """One image as float32, the way the model reads it."""
        return self.size[0] * self.size[1] * self.channels * 4

    @property
    def memory_bytes(self) -> int:
        return self.image_bytes * len(self.paths)


class DataError(ValueError):
    """A dataset that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class FileData:
    """A user's dataset as read: inputs, targets and what the window shows about it."""

    source: str
    x: np.ndarray | None  # float32, NaN where missing, filled after the split; None: images
    y: np.ndarray  # int64 class numbers, or float32 targets
    task: str
    class_names: tuple[str, ...]
    feature_names: tuple[str, ...] = ()
    columns: tuple[Column, ...] = ()  # CSV: every column of the file
    preview: tuple[tuple[str, ...], ...] = ()  # CSV: the first rows, as text
    arrays: tuple[tuple[str, tuple[int, ...], str], ...] = ()  # npz: name, shape, dtype
    notes: tuple[str, ...] = ()
    images: ImageFiles | None = None  # an image folder: read when a run needs its pixels
    table: TableFile | None = None  # a table too big for memory: its encoded rows on disk

    @property
    def input_shape(self) -> tuple[int, ...]:
        if self.images is not None:
            return (*self.images.size, self.images.channels)
        if self.table is not None:
            return (self.table.width,)
        return tuple(int(d) for d in self.x.shape[1:])

    @property
    def samples(self) -> int:
        return len(self.y)

    def facts(self) -> FileFacts:
        """Everything but the data itself: what the window needs to know of it."""
        return FileFacts(
            self.source,
            self.input_shape,
            self.samples,
            self.task,
            self.class_names,
            self.feature_names,
            self.columns,
            self.preview,
            self.arrays,
            self.notes,
        )


def keep_in_memory(size: int, choice: str) -> bool:
    """Whether data taking ``size`` bytes as float32 is read into memory: as chosen, or
    ("auto") when it takes at most a sixth of the free memory (1 GB where that is not
    known); else it is streamed from disk."""
    if choice != "auto":
        return choice == "memory"
    free = machine.available_memory()
    return size < 2**30 if free is None else size <= free * IN_MEMORY_SHARE


def classes_or_numbers(
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
            message = translate(
                "engine.file_data",
                "{where} is not numeric (e.g. {value}): regression needs numbers; choose the "
                "task 'Classification'",
            )
            raise DataError(message.format(where=where, value=repr(str(values[0]))))
        return values.astype(np.float32), task, ()
    labels, codes = np.unique(values.astype(str) if not numeric else values, return_inverse=True)
    if len(labels) < 2:
        message = translate(
            "engine.file_data",
            "{where} has one class only ({label}): a classifier needs at least two",
        )
        raise DataError(message.format(where=where, label=repr(str(labels[0]))))
    names = tuple(label_of(v) for v in labels)
    return codes.astype(np.int64), task, names


def label_of(value: Any) -> str:
    """A class's name: 3.0 is "3"."""
    if isinstance(value, float | np.floating) and float(value).is_integer():
        return str(int(value))
    return str(value)
