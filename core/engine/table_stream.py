"""A table too big for memory: its encoded rows in a file on disk, read block by block.

The CSV reader (core/engine/csv_tables.py) encodes each row once, into float32 with NaN
where a value is missing, and writes it here. Training then reads the file in blocks:
the split is of row numbers, as for arrays, and each epoch visits the blocks in a seeded
order and shuffles the rows of a few blocks at a time. Nothing but those blocks is in
memory. The file has no name (it is deleted as soon as it is made) and lives in the
user's cache folder, not /tmp, which is often memory itself: it vanishes with the
process, or when the reader's cache lets the table go (core/engine/sources.py).
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import platformdirs

from core.engine.file_data import DataError
from core.i18n import translate

BYTES = 4  # float32
BLOCK_ROWS = 8192  # rows read at a time
SHUFFLE_BLOCKS = 8  # blocks whose rows are shuffled together
SHUFFLE_SEED_OFFSET = 7  # the stream's shuffle, apart from the split's own seed


def cache_folder() -> Path:
    """Where encoded tables are written (``~/.cache/layerlab/tables`` on Linux)."""
    return platformdirs.user_cache_path("layerlab", appauthor=False) / "tables"


class TableFile:
    """A table's encoded rows, appended once, then read by row numbers."""

    def __init__(self, width: int, source: str) -> None:
        folder = cache_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._file = tempfile.TemporaryFile(dir=folder)  # noqa: SIM115 (kept open: read later)
        except OSError as err:
            message = translate(
                "engine.table_stream",
                "{source}: cannot write its encoded rows to {folder} ({error})",
            )
            raise DataError(message.format(source=source, folder=folder, error=err)) from None
        self.width, self.rows, self.source, self.missing = width, 0, source, False

    @property
    def bytes(self) -> int:
        return self.rows * self.width * BYTES

    def append(self, rows: np.ndarray) -> None:
        try:
            self._file.write(np.ascontiguousarray(rows, np.float32).tobytes())
        except OSError as err:  # a full disk, most often
            message = translate(
                "engine.table_stream",
                "{source}: cannot write its encoded rows to {folder} ({error}); free some disk "
                "space or choose the loading 'In memory'",
            )
            raise DataError(
                message.format(source=self.source, folder=cache_folder(), error=err)
            ) from None
        self.rows += len(rows)
        self.missing = self.missing or bool(np.isnan(rows).any())

    def finish(self) -> None:
        self._file.flush()

    def read(self, start: int, stop: int) -> np.ndarray:
        """Rows ``start`` to ``stop`` (pread: safe from several threads at once)."""
        size = self.width * BYTES
        raw = os.pread(self._file.fileno(), (stop - start) * size, start * size)
        return np.frombuffer(raw, np.float32).reshape(-1, self.width)

    def take(self, indices: np.ndarray) -> np.ndarray:
        """The rows ``indices``, in that order, read block by block."""
        out = np.empty((len(indices), self.width), np.float32)
        for block, positions, offsets in _by_block(indices):
            start = block * BLOCK_ROWS
            out[positions] = self.read(start, min(start + BLOCK_ROWS, self.rows))[offsets]
        return out

    def means(self, indices: np.ndarray) -> np.ndarray:
        """Each column's mean over the rows ``indices``, missing values left out (0 for a
        column with no value): what fills the gaps, from the training rows only."""
        sums = np.zeros(self.width, np.float64)
        counts = np.zeros(self.width, np.int64)
        for block, _, offsets in _by_block(indices):
            start = block * BLOCK_ROWS
            rows = self.read(start, min(start + BLOCK_ROWS, self.rows))[offsets]
            sums += np.nansum(rows, axis=0)
            counts += (~np.isnan(rows)).sum(axis=0)
        return np.where(counts > 0, sums / np.maximum(counts, 1), 0.0).astype(np.float32)


def _by_block(indices: np.ndarray) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
    """(block, positions in ``indices``, rows within the block) for every block read."""
    order = np.argsort(indices, kind="stable")
    ordered = indices[order]
    blocks = ordered // BLOCK_ROWS
    bounds = np.flatnonzero(np.diff(blocks)) + 1
    for part in np.split(np.arange(len(ordered)), bounds):
        if len(part):
            block = int(blocks[part[0]])
            yield block, order[part], ordered[part] - block * BLOCK_ROWS


@dataclass(frozen=True)
class TableStream:
    """A split's rows, read from the table's file as training asks for them."""

    table: TableFile
    indices: np.ndarray
    targets_of_rows: np.ndarray  # every row's class number or value
    fill: np.ndarray | None  # the training means that fill missing values
    skip: bool = False  # a row is never unreadable
    _epochs: Iterator[int] = field(default_factory=itertools.count, compare=False)

    def __len__(self) -> int:
        return len(self.indices)

    @property
    def labels(self) -> np.ndarray:
        return self.targets_of_rows[self.indices]

    def _filled(self, rows: np.ndarray) -> np.ndarray:
        if self.fill is None:
            return rows
        return np.where(np.isnan(rows), self.fill, rows)

    def head(self, count: int) -> tuple[np.ndarray, np.ndarray]:
        """The split's first ``count`` rows in memory (the split is shuffled already:
        a fair sample for fitting preprocessing, and the probe batch)."""
        chosen = self.indices[:count]
        return self._filled(self.table.take(chosen)), self.targets_of_rows[chosen]

    def batches(
        self,
        targets: Callable[[np.ndarray], np.ndarray],
        batch_size: int,
        seed: int | None,
        counter: None = None,
    ):
        """(rows, targets) batches of a ``tf.data`` pipeline; ``seed`` shuffles anew every
        epoch, None keeps the file's order. (``counter`` is the image streams': unused.)"""
        import tensorflow as tf

        rows = np.sort(self.indices)
        wanted = targets(self.targets_of_rows[rows])
        edges = np.searchsorted(rows, np.arange(0, self.table.rows + BLOCK_ROWS, BLOCK_ROWS))

        def epoch() -> Iterator[tuple[np.ndarray, np.ndarray]]:
            rng = None
            if seed is not None:  # a new order every epoch, the same every run
                rng = np.random.default_rng([seed + SHUFFLE_SEED_OFFSET, next(self._epochs)])
            blocks = np.arange(len(edges) - 1)
            if rng is not None:
                rng.shuffle(blocks)
            pending_x = np.empty((0, self.table.width), np.float32)
            pending_t = wanted[:0]
            for group in np.array_split(blocks, max(1, -(-len(blocks) // SHUFFLE_BLOCKS))):
                xs, ts = [pending_x], [pending_t]
                for block in group:
                    lo, hi = edges[block], edges[block + 1]
                    if hi > lo:
                        xs.append(self.table.take(rows[lo:hi]))
                        ts.append(wanted[lo:hi])
                x, t = np.concatenate(xs), np.concatenate(ts)
                if rng is not None:
                    order = rng.permutation(len(x))
                    x, t = x[order], t[order]
                full = len(x) // batch_size * batch_size
                for start in range(0, full, batch_size):
                    yield self._filled(x[start : start + batch_size]), t[start : start + batch_size]
                pending_x, pending_t = x[full:], t[full:]
            if len(pending_x):
                yield self._filled(pending_x), pending_t

        signature = (
            tf.TensorSpec((None, self.table.width), tf.float32),
            tf.TensorSpec((None, *wanted.shape[1:]), tf.as_dtype(wanted.dtype)),
        )
        pipeline = tf.data.Dataset.from_generator(epoch, output_signature=signature)
        count = -(-len(rows) // batch_size)  # Keras then knows an epoch's steps
        pipeline = pipeline.apply(tf.data.experimental.assert_cardinality(count))
        return pipeline.prefetch(tf.data.AUTOTUNE)
