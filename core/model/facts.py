"""What is known about the data without holding it: the user's file as read (its shape,
task, classes, columns) and the Data view's summary.

The engine reads files and sends these back; the window passes them in where they are
needed (validation, shapes, the editor, see ``plan.Plan``). Nothing here reads a file.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.i18n import translate

MAX_FEATURES_SHOWN = 100
HISTOGRAM_VALUES = 200_000  # values sampled for the Data view's histogram
HISTOGRAM_BINS = 60
MAX_CATEGORIES = 10_000  # a text feature with more values would make as many inputs


@dataclass(frozen=True)
class Column:
    name: str
    numeric: bool
    missing_lines: tuple[int, ...]  # the first gaps' line numbers (the header is line 1)
    distinct: int  # text values (counted up to one past MAX_CATEGORIES)
    missing: int  # gaps in all


@dataclass(frozen=True)
class FileFacts:
    """A user's dataset as read, without its rows: what the window shows about it."""

    source: str
    input_shape: tuple[int, ...]
    samples: int
    task: str
    class_names: tuple[str, ...]
    feature_names: tuple[str, ...] = ()
    columns: tuple[Column, ...] = ()  # CSV: every column of the file
    preview: tuple[tuple[str, ...], ...] = ()  # CSV: the first rows, as text
    arrays: tuple[tuple[str, tuple[int, ...], str], ...] = ()  # npz: name, shape, dtype
    notes: tuple[str, ...] = ()


def missing_file(path: str) -> str:
    """What is said of a data file that is no longer where the experiment points."""
    return translate("facts", "{path} does not exist (moved or deleted?)").format(path=path)


# What is known of a user's file: its facts, why it cannot be used, or nothing yet (None).
Known = FileFacts | str | None


@dataclass(frozen=True)
class Spread:
    """Per-feature statistics of the training split, and a histogram of every value
    (what shows an image's pixels best)."""

    mean: np.ndarray
    std: np.ndarray
    low: np.ndarray
    high: np.ndarray
    counts: np.ndarray
    edges: np.ndarray

    @classmethod
    def of(cls, x: np.ndarray) -> Spread:
        flat = x.reshape(len(x), -1)[:, :MAX_FEATURES_SHOWN].astype(np.float64)
        values = x.reshape(-1)[:: max(1, x.size // HISTOGRAM_VALUES)]
        counts, edges = np.histogram(values, bins=HISTOGRAM_BINS)
        return cls(flat.mean(0), flat.std(0), flat.min(0), flat.max(0), counts, edges)


@dataclass(frozen=True)
class DataOverview:
    """What the Data view draws."""

    file: FileFacts | None
    sizes: tuple[int, int, int]  # train, validation, test
    before: Spread
    after: Spread
    input_shape: tuple[int, ...]  # one raw sample
    features: int  # how many features (pixels times channels for images) in all
    samples: tuple[tuple[str, np.ndarray], ...]  # (class name, images (n, h, w, c))
    augmented: np.ndarray | None  # (sources, 1 + variants, h, w, c): the original first
    loading: str = ""  # an image folder's: "in memory" or "streamed from disk"
