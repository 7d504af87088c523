"""What the Data view shows: the file as read, feature spreads before and after
preprocessing, sample images per class and augmented copies.

Computed off the GUI thread from the same split and the same fitted scaling that
training uses, so the "after" view is what the first layer will see.
"""

from __future__ import annotations

import numpy as np

from core.engine import data, sources
from core.model.catalog import Scaling
from core.model.facts import DataOverview, Spread
from core.model.plan import Plan
from core.model.spec import Experiment

SAMPLES_PER_CLASS = 6
MAX_CLASSES_SHOWN = 10
AUGMENT_SOURCES = 4
AUGMENT_VARIANTS = 6


def scaled(scaling: Scaling | None, x: np.ndarray) -> np.ndarray:
    """The preprocessing applied in NumPy exactly as the model's first layers apply it."""
    if scaling is None:
        return x
    out = (x - scaling.shift) / np.sqrt(scaling.variance)
    return out @ scaling.projection if scaling.projection is not None else out


def overview(experiment: Experiment, progress: sources.Progress | None = None) -> DataOverview:
    """Everything the Data view draws (augmented copies import Keras: call it in the
    engine's process, never the window's)."""
    found = data.read_user_file(experiment, progress)
    plan = Plan(experiment, found.facts() if found is not None else None)
    split = data.load(plan, preview=True)  # an image folder: its first images only
    x = split.x_train
    scaling = data.fit_scaling(experiment.data.preprocessing, x)
    images = x.ndim == 4
    samples: tuple[tuple[str, np.ndarray], ...] = ()
    if images and plan.classification:
        names = split.class_names or tuple(str(c) for c in np.unique(split.y_train))
        samples = tuple(
            (names[c], x[split.y_train == c][:SAMPLES_PER_CLASS])
            for c in range(min(len(names), MAX_CLASSES_SHOWN))
        )
    augmented = None
    if images and experiment.data.augmentation.active():
        augmented = augment_samples(experiment, x[:AUGMENT_SOURCES])
    return DataOverview(
        found.facts() if found is not None else None,
        split.sizes,
        Spread.of(x),
        Spread.of(scaled(scaling, x)),
        tuple(x.shape[1:]),
        int(np.prod(x.shape[1:])),
        samples,
        augmented,
        split.loading if found is not None and found.x is None else "",
    )


def augment_samples(experiment: Experiment, x: np.ndarray) -> np.ndarray:
    """Each image of ``x`` through the experiment's augmentation layers in training mode,
    ``AUGMENT_VARIANTS`` times, after the original: the layers the model is built with."""
    import keras

    from core.engine import builder

    value_range = (float(x.min()), float(x.max()))
    layers = builder.augmentation_layers(
        experiment.data.augmentation, x.shape[1:], value_range, experiment.seed
    )
    variants = [x]
    for _ in range(AUGMENT_VARIANTS):
        y = x
        for layer in layers:
            y = layer(y, training=True)
        variants.append(keras.ops.convert_to_numpy(y))
    return np.stack(variants, axis=1)
