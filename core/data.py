"""Datasets that need no download, split with a fixed seed."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.spec import Experiment


@dataclass(frozen=True)
class Dataset:
    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray
    y_val: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    class_names: tuple[str, ...]


def _digits(images: bool) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    from sklearn.datasets import load_digits

    bunch = load_digits()
    x = bunch.images[..., np.newaxis] if images else bunch.data
    names = tuple(str(n) for n in bunch.target_names)
    return x.astype(np.float32), bunch.target.astype(np.int64), names


_LOADERS = {
    "digits": lambda: _digits(images=False),
    "digits_images": lambda: _digits(images=True),
}


def split_sizes(experiment: Experiment) -> tuple[int, int, int]:
    """(train, validation, test) sample counts, known before any data is loaded.

    scikit-learn rounds each held-out share up; ``load`` splits exactly this way.
    """
    n = experiment.dataset().samples
    spec = experiment.data
    test = math.ceil(spec.test_fraction * n)
    val = math.ceil(spec.validation_fraction / (1.0 - spec.test_fraction) * (n - test))
    return n - test - val, val, test


def load(experiment: Experiment) -> Dataset:
    """Load and split the experiment's dataset: stratified, seeded, test set held out."""
    from sklearn.model_selection import train_test_split

    x, y, names = _LOADERS[experiment.data.dataset.name]()
    spec = experiment.data
    stratify = y if experiment.dataset().task == "classification" else None
    x_rest, x_test, y_rest, y_test = train_test_split(
        x, y, test_size=spec.test_fraction, random_state=experiment.seed, stratify=stratify
    )
    val_share = spec.validation_fraction / (1.0 - spec.test_fraction)
    x_train, x_val, y_train, y_val = train_test_split(
        x_rest,
        y_rest,
        test_size=val_share,
        random_state=experiment.seed,
        stratify=y_rest if stratify is not None else None,
    )
    return Dataset(x_train, y_train, x_val, y_val, x_test, y_test, names)


def standardization(x_train: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-feature (last axis) mean and variance of the training split.

    A feature that never varies in training gets variance 1, so an unseen value in
    validation or test data cannot blow up to 1e7 after dividing by a zero std.
    """
    axes = tuple(range(x_train.ndim - 1))
    mean = x_train.mean(axis=axes)
    variance = x_train.var(axis=axes)
    variance = np.where(variance > 1e-12, variance, 1.0)
    return mean.astype(np.float32), variance.astype(np.float32)
