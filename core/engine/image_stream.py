"""Image folders through tf.data: each image decoded and resized as Keras'
``image_dataset_from_directory`` does, either all at once into one array per split (a set
that fits in memory) or batch by batch while training (a set that does not).

Either way the files are split, not the pixels: the split is made on the list of files
and labels, so it is the same seeded, stratified split whichever way the images come.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import keras
import numpy as np
import tensorflow as tf

from core.engine.file_data import DataError, ImageFiles, Progress, keep_in_memory
from core.i18n import translate
from core.model import machine

READ_BATCH = 256  # images decoded at a time while reading a split into memory
SHUFFLE_SEED_OFFSET = 7  # the stream's shuffle, apart from the split's own seed
STREAM_BATCHES_IN_FLIGHT = 8  # batches alive at once while streaming (map, prefetch)


def decoder(files: ImageFiles) -> Callable[[tf.Tensor, tf.Tensor], tuple[tf.Tensor, tf.Tensor]]:
    """(path, label) -> (float32 image, label), as Keras' own loader makes it."""
    height, width = files.size
    channels = files.channels

    def read(raw: tf.Tensor, wanted: int) -> tf.Tensor:
        return tf.io.decode_image(raw, channels=wanted, expand_animations=False)

    def decode(path: tf.Tensor, label: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor]:
        raw = tf.io.read_file(path)
        if channels == 1:  # BMP and GIF decode to colour only: made gray after
            colour_only = tf.strings.regex_full_match(tf.strings.lower(path), r".*\.(bmp|gif)")
            image = tf.cond(
                colour_only,
                lambda: tf.image.rgb_to_grayscale(read(raw, 3)),
                lambda: read(raw, 1),
            )
        else:
            image = read(raw, channels)
        image = tf.image.resize(image, (height, width), method="bilinear")
        image.set_shape((height, width, channels))
        return image, label

    return decode


def unreadable(files: ImageFiles, indices: np.ndarray) -> list[str]:
    """The files among ``indices`` TensorFlow cannot decode (asked only once a read has
    failed or come up short: it decodes every one of them again)."""
    bad, decode = [], decoder(files)
    for index in indices:
        path = files.paths[index]
        try:
            decode(tf.constant(path), tf.constant(0))
        except (tf.errors.OpError, ValueError):
            bad.append(path)
    return bad


def _files(files: ImageFiles, indices: np.ndarray, labels: np.ndarray) -> tf.data.Dataset:
    paths = np.asarray(files.paths, dtype=object)[indices].astype(str)
    return tf.data.Dataset.from_tensor_slices((paths, labels))


def named(bad: list[str]) -> str:
    shown = ", ".join(bad[:3])
    if len(bad) > 3:
        more = translate("engine.image_stream", "{files} and {more} more")
        shown = more.format(files=shown, more=len(bad) - 3)
    return translate("engine.image_stream", "{files}: not a readable image").format(files=shown)


def read_split(
    files: ImageFiles, indices: np.ndarray, skip: bool, progress: Progress | None = None
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """The split's images in one float32 array (written in place: no list, no stack, no
    second copy), their labels, and the files skipped as unreadable (``skip``; otherwise
    the first one fails the read, named)."""
    labels = files.labels[indices]
    height, width = files.size
    out = np.empty((len(indices), height, width, files.channels), np.float32)
    kept = np.empty(len(indices), np.int64)
    pipeline = _files(files, indices, labels).map(
        decoder(files), num_parallel_calls=tf.data.AUTOTUNE
    )
    if skip:
        pipeline = pipeline.ignore_errors()
    done = 0
    try:
        for images, batch_labels in pipeline.batch(READ_BATCH).as_numpy_iterator():
            out[done : done + len(images)] = images
            kept[done : done + len(images)] = batch_labels
            done += len(images)
            if progress is not None:
                progress(done / max(len(indices), 1))
    except tf.errors.OpError:
        raise DataError(named(unreadable(files, indices))) from None
    skipped = unreadable(files, indices) if done < len(indices) else []
    return out[:done], kept[:done], skipped


@dataclass(frozen=True)
class Stream:
    """A split's images decoded as training asks for them, shuffled (seeded) each epoch."""

    files: ImageFiles
    indices: np.ndarray
    skip: bool

    def __len__(self) -> int:
        return len(self.indices)

    @property
    def labels(self) -> np.ndarray:
        return self.files.labels[self.indices]

    def batches(
        self,
        targets: Callable[[np.ndarray], np.ndarray],
        batch_size: int,
        seed: int | None,
        counter: tf.Variable | None = None,
    ) -> tf.data.Dataset:
        """(images, targets) batches; ``seed`` shuffles the files anew every epoch (the
        buffer holds file names, not pixels); None keeps their order. ``counter`` counts
        the images that were read (those skipped as unreadable are not)."""
        pipeline = _files(self.files, self.indices, targets(self.labels))
        if seed is not None:
            pipeline = pipeline.shuffle(
                len(self.indices), seed=seed + SHUFFLE_SEED_OFFSET, reshuffle_each_iteration=True
            )
        pipeline = pipeline.map(decoder(self.files), num_parallel_calls=tf.data.AUTOTUNE)
        if self.skip:
            pipeline = pipeline.ignore_errors()
        if counter is not None:

            def count(image: tf.Tensor, label: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor]:
                counter.assign_add(1)
                return image, label

            pipeline = pipeline.map(count)
        return pipeline.batch(batch_size).prefetch(tf.data.AUTOTUNE)

    def head(self, count: int) -> tuple[np.ndarray, np.ndarray]:
        """The split's first ``count`` images in memory (the probe batch, the samples
        preprocessing is fitted on), unreadable ones left out."""
        images, labels, _ = read_split(self.files, self.indices[:count], skip=True)
        return images, labels


def in_memory(files: ImageFiles, choice: str, batch_size: int) -> bool:
    """Whether the images are read into memory (``choice`` "memory"; "auto" when they
    fit in a share of the free memory) or streamed; a set that cannot even be streamed
    is a DataError that says why."""
    if keep_in_memory(files.memory_bytes, choice):
        return True
    free = machine.available_memory()
    streaming = files.image_bytes * batch_size * STREAM_BATCHES_IN_FLIGHT
    if free is not None and streaming > free / 2:
        message = translate(
            "engine.image_stream",
            "{folder}: batches of {batch} images of {image} each need about {needed} while "
            "streaming, more than half the {free} free: choose a smaller batch or smaller images",
        )
        raise DataError(
            message.format(
                folder=files.folder,
                batch=batch_size,
                image=machine.size_words(files.image_bytes),
                needed=machine.size_words(streaming),
                free=machine.size_words(free),
            )
        )
    return False


class SkippedImages(keras.callbacks.Callback):
    """Names the images the streams skipped as unreadable (``ignore_errors`` says nothing
    of what it skipped): each stream counts what it read, and one that read fewer than
    it holds is searched, once: training and validation after the first epoch, the test
    split after the test."""

    def __init__(self, streams: tuple[Stream, ...], say: Callable[[str], None]) -> None:
        super().__init__()
        self.streams, self.say = streams, say
        self.counters = [tf.Variable(0, dtype=tf.int64, trainable=False) for _ in streams]

    def check(self, *which: int) -> None:
        bad = []
        for i in which:
            stream, counter = self.streams[i], self.counters[i]
            if int(counter.numpy()) < len(stream):
                bad += unreadable(stream.files, stream.indices)
        if bad:
            message = translate(
                "engine.image_stream", "Skipped {count} unreadable image(s): {files}"
            )
            self.say(message.format(count=len(bad), files=named(bad)))

    def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
        if epoch == 0 and not self.model.stop_training:  # a stopped epoch read fewer
            self.check(0, 1)
