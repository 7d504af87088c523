"""Data choices: datasets (built-in and the user's own files), preprocessing and
image augmentation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from core.model.catalog.params import Choice, Param
from core.model.catalog.params import plain as _plain
from core.model.catalog.params import table as _table

Shape = tuple[int, ...]


@dataclass(frozen=True)
class DatasetChoice(Choice):
    input_shape: tuple[int, ...] = ()
    task: str = "classification"
    num_classes: int = 0
    samples: int = 0
    plane: bool = False  # 2-D points: the decision boundary can be drawn
    user_file: bool = False  # the user's own file: shape and task come from reading it

    def resolved(self, p: Mapping[str, Any]) -> DatasetChoice:
        """The facts for these parameters (a part of the set may have fewer classes)."""
        return self


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
            return f"PCA needs flat features, but the data are images {format_shape(raw)}"
        if p["components"] > raw[0]:
            return f"PCA can keep at most {raw[0]} components here, not {p['components']}"
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


def format_shape(shape: Shape) -> str:
    """(64,) or (8, 8, 1): how a shape is written in the window and its messages."""
    return "(" + ", ".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def _components() -> tuple[Param, ...]:
    return (Param("components", "components", "int", 16, minimum=1),)


PREPROCESSING: dict[str, Choice] = _table(
    Preprocessing("none", "None", "Raw inputs: features on different scales slow training down."),
    Standardize(
        "standardize",
        "Standardize",
        "(x - mean) / std per feature, fitted on the training split; travels inside the "
        "saved model.",
    ),
    MinMax("minmax_01", "Min-max to [0, 1]", "Scale each feature into [0, 1] (training split)."),
    MinMax(
        "minmax_11",
        "Min-max to [-1, 1]",
        "Scale each feature into [-1, 1] (training split).",
        low=-1.0,
    ),
    PCA(
        "pca",
        "PCA",
        "Centre the features and keep the first principal components (training split).",
        params=_components(),
    ),
    PCA(
        "whiten",
        "PCA whitening",
        "PCA, then scale every component to unit variance: decorrelated, equal-variance inputs.",
        params=_components(),
        whiten=True,
    ),
)


def _toy_params(noise: float) -> tuple[Param, ...]:
    return (
        Param("samples", "samples", "int", 500, minimum=20, maximum=100000),
        Param("noise", "noise", "float", noise, minimum=0.0, maximum=1.0),
        Param(
            "squares",
            "add x1², x2²",
            "bool",
            False,
            help="Derived features, as in TensorFlow Playground.",
        ),
        Param("product", "add x1·x2", "bool", False),
        Param("sines", "add sin x1, sin x2", "bool", False),
    )


def _toy(key: str, label: str, lesson: str, task: str = "classification") -> DatasetChoice:
    return DatasetChoice(
        key,
        label,
        lesson,
        params=_toy_params(0.1),
        input_shape=(2,),
        task=task,
        num_classes=2 if task == "classification" else 0,
        samples=500,
        plane=True,
    )


def _bundled(key: str, label: str, lesson: str, features: int, classes: int, samples: int):
    task = "classification" if classes else "regression"
    return DatasetChoice(
        key,
        label,
        lesson,
        input_shape=(features,),
        task=task,
        num_classes=classes,
        samples=samples,
    )


TASKS = _plain(
    ("auto", "Infer from the target", "Text, or at most 20 distinct whole numbers: classes."),
    ("classification", "Classification", "Predict one of the target's classes."),
    ("regression", "Regression", "Predict the target's number."),
)
DELIMITERS = _plain(
    ("auto", "Detect", "Tab for .tsv files; otherwise guessed from the first lines."),
    ("comma", "Comma (,)", "Comma-separated values."),
    ("tab", "Tab", "Tab-separated values."),
    ("semicolon", "Semicolon (;)", "Common where the decimal mark is a comma."),
)
DELIMITER_CHARACTERS = {"comma": ",", "tab": "\t", "semicolon": ";"}
ENCODINGS = _plain(
    ("auto", "Detect", "UTF-8 (with or without a BOM), else Korean CP949, else Latin-1."),
    ("utf-8", "UTF-8", "The usual encoding of text files today."),
    ("utf-8-sig", "UTF-8 with BOM", "UTF-8 as Excel and Windows editors save it."),
    ("cp949", "Korean (CP949 / EUC-KR)", "What Korean Excel saves CSV files in."),
    ("latin-1", "Western (Latin-1)", "Older Western European files."),
)
MISSING = _plain(
    ("drop", "Drop the rows", "Rows with a missing value are left out."),
    (
        "mean",
        "Fill with the mean",
        "Numbers: the training split's mean; categories: no category (all zeros).",
    ),
)
COLOUR_MODES = _plain(
    ("grayscale", "Grayscale", "One channel."),
    ("rgb", "RGB", "Three channels."),
)
LOADING = _plain(
    (
        "auto",
        "Automatic",
        "In memory when the data fit in a sixth of the free memory, else streamed.",
    ),
    ("memory", "In memory", "Read everything once, before training: fastest per epoch."),
    (
        "stream",
        "Streamed from disk",
        "Read each batch as it is needed (tf.data): memory stays flat however big the data.",
    ),
)
UNREADABLE = _plain(
    ("fail", "Fail the run", "The run stops, naming the image that cannot be read."),
    ("skip", "Skip it", "Train without it; the run names what it skipped."),
)


def _task() -> Param:
    return Param("task", "task", "choice", "auto", options=TASKS)


def _file(kind: str) -> Param:
    what = "folder with one sub-folder per class" if kind == "folder" else "file"
    return Param("path", kind, kind, "", help=f"The {what}; saved relative to the experiment.")


USER_DATASETS: dict[str, Choice] = _table(
    DatasetChoice(
        "csv",
        "CSV / TSV file",
        "Your own table: one row per sample, a target column and feature columns.",
        params=(
            _file("file"),
            Param("delimiter", "delimiter", "choice", "auto", options=DELIMITERS),
            Param("encoding", "text encoding", "choice", "auto", options=ENCODINGS),
            Param("target", "target column", "text", "", help="Empty: the last column."),
            Param(
                "features",
                "feature columns",
                "names",
                (),
                help="Empty: every column but the target. Text columns are one-hot encoded.",
            ),
            _task(),
            Param("missing", "missing values", "choice", "drop", options=MISSING),
            Param("loading", "loading", "choice", "auto", options=LOADING),
        ),
        user_file=True,
    ),
    DatasetChoice(
        "npz",
        "NumPy .npz file",
        "Named arrays: the inputs (one row per sample) and the targets.",
        params=(
            _file("file"),
            Param("x", "inputs array", "text", "x"),
            Param("y", "targets array", "text", "y"),
            _task(),
        ),
        user_file=True,
    ),
    DatasetChoice(
        "image_folder",
        "Image folder",
        "One sub-folder per class; decoded and resized as Keras' image_dataset_from_directory "
        "does, kept in memory or streamed batch by batch through tf.data.",
        params=(
            _file("folder"),
            Param(
                "height",
                "height",
                "int",
                0,
                minimum=0,
                maximum=1024,
                help="Resize to this height; 0 keeps the images' own size (all must match).",
            ),
            Param("width", "width", "int", 0, minimum=0, maximum=1024, help="0: as the images."),
            Param("colour", "colour mode", "choice", "grayscale", options=COLOUR_MODES),
            Param("loading", "loading", "choice", "auto", options=LOADING),
            Param("unreadable", "unreadable images", "choice", "fail", options=UNREADABLE),
        ),
        user_file=True,
    ),
)

# How many of scikit-learn's 1,797 digits show each of 0-9.
DIGIT_COUNTS = (178, 182, 177, 183, 181, 182, 181, 179, 174, 180)
DIGIT_RANGES = {"all": range(10), "0-4": range(5), "5-9": range(5, 10)}


@dataclass(frozen=True)
class DigitsChoice(DatasetChoice):
    """scikit-learn's digits, or a part of them: the transfer lesson trains a base on
    0-4 and reuses it on a few training samples of 5-9, or on another task (even or
    odd). Validation and test sets stay whole: a few samples are measured well."""

    def resolved(self, p: Mapping[str, Any]) -> DatasetChoice:
        if "classes" not in p:  # a bare Pick("digits"): every digit
            return self
        digits = DIGIT_RANGES[p["classes"].name]
        parity = p["labels"].name == "parity"
        samples = sum(DIGIT_COUNTS[d] for d in digits)
        words = [f"{digits[0]}-{digits[-1]}"] if len(digits) < 10 else []
        words += [f"train on {p['per_class']} per class"] * bool(p["per_class"])
        words += ["even or odd"] * parity
        label = f"{self.label}: {', '.join(words)}" if words else self.label
        return replace(self, label=label, num_classes=2 if parity else len(digits), samples=samples)


def _digit_params() -> tuple[Param, ...]:
    return (
        Param(
            "classes",
            "digits",
            "choice",
            "all",
            options=_table(
                Choice("all", "0-9", "Every digit."),
                Choice("0-4", "0-4 only", "The first five digits (a transfer lesson's base)."),
                Choice("5-9", "5-9 only", "The last five digits, numbered 0-4 as classes."),
            ),
        ),
        Param(
            "labels",
            "labels",
            "choice",
            "digit",
            options=_table(
                Choice("digit", "which digit", "One class per digit."),
                Choice(
                    "parity", "even or odd", "Two classes: a different task on the same images."
                ),
            ),
        ),
        Param(
            "per_class",
            "training samples per class",
            "int",
            0,
            minimum=0,
            maximum=100,
            help="Train on only this many samples of each class (drawn at random from the "
            "training split; validation and test stay whole); 0 trains on all. Little data "
            "is where a pretrained base helps most.",
        ),
    )


DATASETS: dict[str, Choice] = _table(
    DigitsChoice(
        "digits",
        "Digits (8x8, as 64 features)",
        "scikit-learn's bundled handwritten digits: 1,797 images of 0-9, no download.",
        params=_digit_params(),
        input_shape=(64,),
        num_classes=10,
        samples=1797,
    ),
    DigitsChoice(
        "digits_images",
        "Digits (8x8x1 images)",
        "The same digits as images, for convolutional networks.",
        params=_digit_params(),
        input_shape=(8, 8, 1),
        num_classes=10,
        samples=1797,
    ),
    _toy("circle", "Circle (2-D)", "A disc inside a ring: not separable by a straight line."),
    _toy("xor", "XOR (2-D)", "Opposite quadrants share a class: needs a hidden layer."),
    _toy("gauss", "Two Gaussian clusters (2-D)", "Two blobs: a straight line separates them."),
    _toy("spiral", "Spiral (2-D)", "Two interleaved spirals: hard; deeper nets or sin features."),
    _toy("plane", "Plane (2-D regression)", "The target is a tilted plane.", "regression"),
    _toy(
        "multi_gauss",
        "Multi-Gaussian (2-D regression)",
        "The target is a sum of Gaussian bumps.",
        "regression",
    ),
    DatasetChoice(
        "mnist",
        "MNIST (28x28x1, from the Keras cache)",
        "70,000 handwritten digits; read from Keras' local cache, never downloaded.",
        input_shape=(28, 28, 1),
        num_classes=10,
        samples=70000,
    ),
    DatasetChoice(
        "fashion_mnist",
        "Fashion-MNIST (28x28x1, from the Keras cache)",
        "70,000 clothing images in 10 classes; read from Keras' local cache.",
        input_shape=(28, 28, 1),
        num_classes=10,
        samples=70000,
    ),
    _bundled("iris", "Iris", "150 flowers, 4 measurements, 3 species.", 4, 3, 150),
    _bundled("wine", "Wine", "178 wines, 13 chemical measurements, 3 cultivars.", 13, 3, 178),
    _bundled(
        "breast_cancer",
        "Breast cancer",
        "569 tumours, 30 features, benign or malignant.",
        30,
        2,
        569,
    ),
    _bundled(
        "diabetes",
        "Diabetes (regression)",
        "442 patients, 10 features, disease progression after a year.",
        10,
        0,
        442,
    ),
    *USER_DATASETS.values(),
)

AUGMENTATION: tuple[Param, ...] = (
    Param("flip", "horizontal flip", "bool", False, help="Mirror left-right at random."),
    Param(
        "crop",
        "random crop (padding px)",
        "int",
        0,
        minimum=0,
        maximum=64,
        help="Pad by this many pixels, then crop back to size at a random place. 0: off.",
    ),
    Param(
        "zoom",
        "random zoom",
        "float",
        0.0,
        minimum=0.0,
        maximum=0.9,
        help="Zoom in or out by up to this share. 0: off.",
    ),
    Param(
        "rotation",
        "random rotation",
        "float",
        0.0,
        minimum=0.0,
        maximum=0.5,
        help="Rotate by up to this share of a full turn (0.05 = 18°). 0: off.",
    ),
    Param(
        "brightness",
        "brightness jitter",
        "float",
        0.0,
        minimum=0.0,
        maximum=1.0,
        help="Shift brightness by up to this share of the value range. 0: off.",
    ),
    Param(
        "contrast",
        "contrast jitter",
        "float",
        0.0,
        minimum=0.0,
        maximum=1.0,
        help="Scale contrast by up to this share. 0: off.",
    ),
)


def is_user_file(name: str) -> bool:
    """Whether the dataset is the user's own file (its shape is known once read)."""
    choice = DATASETS.get(name)
    return isinstance(choice, DatasetChoice) and choice.user_file
