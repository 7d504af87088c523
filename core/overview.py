"""What the Data view shows: the file as read, feature spreads before and after
preprocessing, sample images per class and augmented copies.

Computed off the GUI thread from the same split and the same fitted scaling that
training uses, so the "after" view is what the first layer will see.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core import data, sources
from core.spec import Experiment

MAX_FEATURES_SHOWN = 100
SAMPLES_PER_CLASS = 6
MAX_CLASSES_SHOWN = 10
AUGMENT_SOURCES = 4
AUGMENT_VARIANTS = 6
HISTOGRAM_VALUES = 200_000  # values sampled for the histogram
HISTOGRAM_BINS = 60


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
    file: sources.FileData | None
    sizes: tuple[int, int, int]  # train, validation, test
    before: Spread
    after: Spread
    input_shape: tuple[int, ...]  # one raw sample
    features: int  # how many features (pixels times channels for images) in all
    samples: tuple[tuple[str, np.ndarray], ...]  # (class name, images (n, h, w, c))
    augmented: np.ndarray | None  # (sources, 1 + variants, h, w, c): the original first


def scaled(scaling: data.Scaling | None, x: np.ndarray) -> np.ndarray:
    """The preprocessing applied in NumPy exactly as the model's first layers apply it."""
    if scaling is None:
        return x
    out = (x - scaling.shift) / np.sqrt(scaling.variance)
    return out @ scaling.projection if scaling.projection is not None else out


def overview(experiment: Experiment, progress: sources.Progress | None = None) -> DataOverview:
    """Everything the Data view draws (augmented copies import Keras: call it in the
    engine's process, never the window's)."""
    found = data.read_user_file(experiment, progress)
    split = data.load(experiment)
    x = split.x_train
    scaling = data.fit_scaling(experiment.data.preprocessing, x)
    images = x.ndim == 4
    samples: tuple[tuple[str, np.ndarray], ...] = ()
    if images and experiment.dataset().task == "classification":
        names = split.class_names or tuple(str(c) for c in np.unique(split.y_train))
        samples = tuple(
            (names[c], x[split.y_train == c][:SAMPLES_PER_CLASS])
            for c in range(min(len(names), MAX_CLASSES_SHOWN))
        )
    augmented = None
    if images and experiment.data.augmentation.active():
        augmented = augment_samples(experiment, x[:AUGMENT_SOURCES])
    return DataOverview(
        found,
        (len(split.x_train), len(split.x_val), len(split.x_test)),
        Spread.of(x),
        Spread.of(scaled(scaling, x)),
        tuple(x.shape[1:]),
        int(np.prod(x.shape[1:])),
        samples,
        augmented,
    )


def augment_samples(experiment: Experiment, x: np.ndarray) -> np.ndarray:
    """Each image of ``x`` through the experiment's augmentation layers in training mode,
    ``AUGMENT_VARIANTS`` times, after the original: the layers the model is built with."""
    import keras

    from core import builder

    value_range = (float(x.min()), float(x.max()))
    layers = builder.augmentation_layers(
        experiment.data.augmentation, experiment.input_shape(), value_range, experiment.seed
    )
    variants = [x]
    for _ in range(AUGMENT_VARIANTS):
        y = x
        for layer in layers:
            y = layer(y, training=True)
        variants.append(keras.ops.convert_to_numpy(y))
    return np.stack(variants, axis=1)
