"""How inputs are scaled before the first layer: fitted on the training split and built
into the model, so a saved model predicts from raw inputs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model.catalog.data import Shape, format_shape
from core.model.catalog.params import Choice, Param
from core.model.catalog.params import table as _table


@dataclass(frozen=True)
class Scaling:
    """Preprocessing fitted on the training split only, to be built into the model:
    (x - shift) / sqrt(variance) per feature, then an optional fixed projection."""

    shift: np.ndarray
    variance: np.ndarray
    projection: np.ndarray | None = None  # (features, components) for PCA


def _safe(variance: np.ndarray) -> np.ndarray:
    """A feature that never varies in training gets variance 1, so an unseen value in
    validation or test data cannot blow up to 1e7 after dividing by a zero spread."""
    return np.where(variance > 1e-12, variance, 1.0).astype(np.float32)


@dataclass(frozen=True)
class Preprocessing(Choice):
    """How inputs are scaled before the first layer: fitted on the training split and
    built into the model, so the saved model predicts from raw inputs."""

    def feature_shape(self, p: Mapping[str, Any], raw: Shape) -> Shape:
        """The shape the first layer sees."""
        return raw

    def problem(self, p: Mapping[str, Any], raw: Shape) -> str | None:
        """Why it cannot be applied to inputs of this shape."""
        return None

    def fit(self, p: Mapping[str, Any], x_train: np.ndarray) -> Scaling | None:
        """Fitted on the training split (None: inputs pass unchanged)."""
        return None


def _axes(x: np.ndarray) -> tuple[int, ...]:
    return tuple(range(x.ndim - 1))  # per feature, or per channel for images


@dataclass(frozen=True)
class Standardize(Preprocessing):
    def fit(self, p: Mapping[str, Any], x_train: np.ndarray) -> Scaling:
        x = x_train.astype(np.float64)
        return Scaling(x.mean(axis=_axes(x)).astype(np.float32), _safe(x.var(axis=_axes(x))))


@dataclass(frozen=True)
class MinMax(Preprocessing):
    low: float = 0.0  # the range is [low, 1]

    def fit(self, p: Mapping[str, Any], x_train: np.ndarray) -> Scaling:
        x = x_train.astype(np.float64)
        lo, hi = x.min(axis=_axes(x)), x.max(axis=_axes(x))
        # x -> low + (1 - low) * (x - lo) / (hi - lo) = (x - shift) / scale
        scale = (hi - lo) / (1.0 - self.low)
        shift = lo - self.low * scale
        return Scaling(shift.astype(np.float32), _safe(scale**2))


@dataclass(frozen=True)
class PCA(Preprocessing):
    whiten: bool = False  # also scale every component to unit variance

    def feature_shape(self, p: Mapping[str, Any], raw: Shape) -> Shape:
        return (p["components"],)

    def problem(self, p: Mapping[str, Any], raw: Shape) -> str | None:
        if len(raw) != 1:
            message = translate(
                "catalog.preprocessing", "PCA needs flat features, but the data are images {shape}"
            )
            return message.format(shape=format_shape(raw))
        if p["components"] > raw[0]:
            message = translate(
                "catalog.preprocessing", "PCA can keep at most {most} components here, not {count}"
            )
            return message.format(most=raw[0], count=p["components"])
        return None

    def fit(self, p: Mapping[str, Any], x_train: np.ndarray) -> Scaling:
        x = x_train.astype(np.float64)
        mean = x.mean(axis=0)
        eigenvalues, vectors = np.linalg.eigh(np.cov(x - mean, rowvar=False))
        order = np.argsort(eigenvalues)[::-1][: p["components"]]
        projection = vectors[:, order]
        if self.whiten:
            projection = projection / np.sqrt(np.maximum(eigenvalues[order], 1e-12))
        ones = np.ones_like(mean, dtype=np.float32)
        return Scaling(mean.astype(np.float32), ones, projection.astype(np.float32))


def _components() -> tuple[Param, ...]:
    return (
        Param(
            "components",
            QT_TRANSLATE_NOOP("catalog.preprocessing", "components"),
            "int",
            16,
            minimum=1,
        ),
    )


PREPROCESSING: dict[str, Choice] = _table(
    Preprocessing(
        "none",
        QT_TRANSLATE_NOOP("catalog.preprocessing", "None"),
        QT_TRANSLATE_NOOP(
            "catalog.preprocessing", "Raw inputs: features on different scales slow training down."
        ),
    ),
    Standardize(
        "standardize",
        QT_TRANSLATE_NOOP("catalog.preprocessing", "Standardize"),
        QT_TRANSLATE_NOOP(
            "catalog.preprocessing",
            "(x - mean) / std per feature, fitted on the training split; travels inside the "
            "saved model.",
        ),
    ),
    MinMax(
        "minmax_01",
        QT_TRANSLATE_NOOP("catalog.preprocessing", "Min-max to [0, 1]"),
        QT_TRANSLATE_NOOP(
            "catalog.preprocessing", "Scale each feature into [0, 1] (training split)."
        ),
    ),
    MinMax(
        "minmax_11",
        QT_TRANSLATE_NOOP("catalog.preprocessing", "Min-max to [-1, 1]"),
        QT_TRANSLATE_NOOP(
            "catalog.preprocessing",
            "Scale each feature into [-1, 1] (training split).",
        ),
        low=-1.0,
    ),
    PCA(
        "pca",
        QT_TRANSLATE_NOOP("catalog.preprocessing", "PCA"),
        QT_TRANSLATE_NOOP(
            "catalog.preprocessing",
            "Centre the features and keep the first principal components (training split).",
        ),
        params=_components(),
    ),
    PCA(
        "whiten",
        QT_TRANSLATE_NOOP("catalog.preprocessing", "PCA whitening"),
        QT_TRANSLATE_NOOP(
            "catalog.preprocessing",
            "PCA, then scale every component to unit variance: decorrelated, equal-variance "
            "inputs.",
        ),
        params=_components(),
        whiten=True,
    ),
)
