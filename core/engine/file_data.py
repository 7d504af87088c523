"""What reading a user's dataset gives: its arrays (or an image folder's index) and the
facts the window shows, or a DataError naming the file and the problem."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from core.model.facts import Column, FileFacts

Progress = Callable[[float], None]


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

    @property
    def input_shape(self) -> tuple[int, ...]:
        if self.images is not None:
            return (*self.images.size, self.images.channels)
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
