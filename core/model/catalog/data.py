"""Data choices: datasets (built-in and the user's own files), preprocessing and
image augmentation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Text, translated
from core.model.catalog.file_options import (
    COLOUR_MODES,
    DELIMITERS,
    ENCODINGS,
    LOADING,
    MISSING,
    TASKS,
    UNREADABLE,
)
from core.model.catalog.params import Choice, Param
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


def format_shape(shape: Shape) -> str:
    """(64,) or (8, 8, 1): how a shape is written in the window and its messages."""
    return "(" + ", ".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def _toy_params(noise: float) -> tuple[Param, ...]:
    return (
        Param(
            "samples",
            QT_TRANSLATE_NOOP("catalog.data", "samples"),
            "int",
            500,
            minimum=20,
            maximum=100000,
        ),
        Param(
            "noise",
            QT_TRANSLATE_NOOP("catalog.data", "noise"),
            "float",
            noise,
            minimum=0.0,
            maximum=1.0,
        ),
        Param(
            "squares",
            QT_TRANSLATE_NOOP("catalog.data", "add x1², x2²"),
            "bool",
            False,
            help_en=QT_TRANSLATE_NOOP(
                "catalog.data", "Derived features, as in TensorFlow Playground."
            ),
        ),
        Param("product", QT_TRANSLATE_NOOP("catalog.data", "add x1·x2"), "bool", False),
        Param("sines", QT_TRANSLATE_NOOP("catalog.data", "add sin x1, sin x2"), "bool", False),
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


def _task() -> Param:
    return Param("task", QT_TRANSLATE_NOOP("catalog.data", "task"), "choice", "auto", options=TASKS)


def _loading() -> Param:
    return Param(
        "loading", QT_TRANSLATE_NOOP("catalog.data", "loading"), "choice", "auto", options=LOADING
    )


def _file(kind: str) -> Param:
    if kind == "folder":
        label = QT_TRANSLATE_NOOP("catalog.data", "folder")
        help_text = QT_TRANSLATE_NOOP(
            "catalog.data",
            "The folder with one sub-folder per class; saved relative to the experiment.",
        )
    else:
        label = QT_TRANSLATE_NOOP("catalog.data", "file")
        help_text = QT_TRANSLATE_NOOP("catalog.data", "The file; saved relative to the experiment.")
    return Param("path", label, kind, "", help_en=help_text)


USER_DATASETS: dict[str, Choice] = _table(
    DatasetChoice(
        "csv",
        QT_TRANSLATE_NOOP("catalog.data", "CSV / TSV file"),
        QT_TRANSLATE_NOOP(
            "catalog.data",
            "Your own table: one row per sample, a target column and feature columns.",
        ),
        params=(
            _file("file"),
            Param(
                "delimiter",
                QT_TRANSLATE_NOOP("catalog.data", "delimiter"),
                "choice",
                "auto",
                options=DELIMITERS,
            ),
            Param(
                "encoding",
                QT_TRANSLATE_NOOP("catalog.data", "text encoding"),
                "choice",
                "auto",
                options=ENCODINGS,
            ),
            Param(
                "target",
                QT_TRANSLATE_NOOP("catalog.data", "target column"),
                "text",
                "",
                help_en=QT_TRANSLATE_NOOP("catalog.data", "Empty: the last column."),
            ),
            Param(
                "features",
                QT_TRANSLATE_NOOP("catalog.data", "feature columns"),
                "names",
                (),
                help_en=QT_TRANSLATE_NOOP(
                    "catalog.data",
                    "Empty: every column but the target. Text columns are one-hot encoded.",
                ),
            ),
            _task(),
            Param(
                "missing",
                QT_TRANSLATE_NOOP("catalog.data", "missing values"),
                "choice",
                "drop",
                options=MISSING,
            ),
            _loading(),
        ),
        user_file=True,
    ),
    DatasetChoice(
        "npz",
        QT_TRANSLATE_NOOP("catalog.data", "NumPy .npz file"),
        QT_TRANSLATE_NOOP(
            "catalog.data",
            "Named arrays: the inputs (one row per sample) and the targets.",
        ),
        params=(
            _file("file"),
            Param("x", QT_TRANSLATE_NOOP("catalog.data", "inputs array"), "text", "x"),
            Param("y", QT_TRANSLATE_NOOP("catalog.data", "targets array"), "text", "y"),
            _task(),
        ),
        user_file=True,
    ),
    DatasetChoice(
        "image_folder",
        QT_TRANSLATE_NOOP("catalog.data", "Image folder"),
        QT_TRANSLATE_NOOP(
            "catalog.data",
            "One sub-folder per class; decoded and resized as Keras' image_dataset_from_directory "
            "does, kept in memory or streamed batch by batch through tf.data.",
        ),
        params=(
            _file("folder"),
            Param(
                "height",
                QT_TRANSLATE_NOOP("catalog.data", "height"),
                "int",
                0,
                minimum=0,
                maximum=1024,
                help_en=QT_TRANSLATE_NOOP(
                    "catalog.data",
                    "Resize to this height; 0 keeps the images' own size (all must match).",
                ),
            ),
            Param(
                "width",
                QT_TRANSLATE_NOOP("catalog.data", "width"),
                "int",
                0,
                minimum=0,
                maximum=1024,
                help_en=QT_TRANSLATE_NOOP("catalog.data", "0: as the images."),
            ),
            Param(
                "colour",
                QT_TRANSLATE_NOOP("catalog.data", "colour mode"),
                "choice",
                "grayscale",
                options=COLOUR_MODES,
            ),
            _loading(),
            Param(
                "unreadable",
                QT_TRANSLATE_NOOP("catalog.data", "unreadable images"),
                "choice",
                "fail",
                options=UNREADABLE,
            ),
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
        words: list[tuple[str, dict[str, Any]]] = []
        if len(digits) < 10:
            words.append((f"{digits[0]}-{digits[-1]}", {}))
        if p["per_class"]:
            train = QT_TRANSLATE_NOOP("catalog.data", "train on {count} per class")
            words.append((train, {"count": p["per_class"]}))
        if parity:
            words.append((QT_TRANSLATE_NOOP("catalog.data", "even or odd"), {}))
        label = _Phrase.of(self.label_en, words) if words else self.label_en
        return replace(
            self, label_en=label, num_classes=2 if parity else len(digits), samples=samples
        )


class _Phrase(Text):
    """A part of the digits' label, as "Digits (8x8, as 64 features): 0-4, train on 10
    per class": each word shown in the user's language."""

    words: tuple[tuple[str, dict[str, Any]], ...] = ()
    base = ""

    @classmethod
    def of(cls, base: str, words: list[tuple[str, dict[str, Any]]]) -> _Phrase:
        english = ", ".join(word.format(**values) for word, values in words)
        phrase = cls(f"{base}: {english}")
        phrase.base, phrase.words = base, tuple(words)
        return phrase

    def translated(self) -> str:
        shown = ", ".join(translated(word).format(**values) for word, values in self.words)
        return f"{translated(self.base)}: {shown}"


def _digit_params() -> tuple[Param, ...]:
    return (
        Param(
            "classes",
            QT_TRANSLATE_NOOP("catalog.data", "digits"),
            "choice",
            "all",
            options=_table(
                Choice(
                    "all",
                    "0-9",
                    QT_TRANSLATE_NOOP("catalog.data", "Every digit."),
                ),
                Choice(
                    "0-4",
                    QT_TRANSLATE_NOOP("catalog.data", "0-4 only"),
                    QT_TRANSLATE_NOOP(
                        "catalog.data", "The first five digits (a transfer lesson's base)."
                    ),
                ),
                Choice(
                    "5-9",
                    QT_TRANSLATE_NOOP("catalog.data", "5-9 only"),
                    QT_TRANSLATE_NOOP(
                        "catalog.data", "The last five digits, numbered 0-4 as classes."
                    ),
                ),
            ),
        ),
        Param(
            "labels",
            QT_TRANSLATE_NOOP("catalog.data", "labels"),
            "choice",
            "digit",
            options=_table(
                Choice(
                    "digit",
                    QT_TRANSLATE_NOOP("catalog.data", "which digit"),
                    QT_TRANSLATE_NOOP("catalog.data", "One class per digit."),
                ),
                Choice(
                    "parity",
                    QT_TRANSLATE_NOOP("catalog.data", "even or odd"),
                    QT_TRANSLATE_NOOP(
                        "catalog.data", "Two classes: a different task on the same images."
                    ),
                ),
            ),
        ),
        Param(
            "per_class",
            QT_TRANSLATE_NOOP("catalog.data", "training samples per class"),
            "int",
            0,
            minimum=0,
            maximum=100,
            help_en=QT_TRANSLATE_NOOP(
                "catalog.data",
                "Train on only this many samples of each class (drawn at random from the "
                "training split; validation and test stay whole); 0 trains on all. Little data "
                "is where a pretrained base helps most.",
            ),
        ),
    )


DATASETS: dict[str, Choice] = _table(
    DigitsChoice(
        "digits",
        QT_TRANSLATE_NOOP("catalog.data", "Digits (8x8, as 64 features)"),
        QT_TRANSLATE_NOOP(
            "catalog.data",
            "scikit-learn's bundled handwritten digits: 1,797 images of 0-9, no download.",
        ),
        params=_digit_params(),
        input_shape=(64,),
        num_classes=10,
        samples=1797,
    ),
    DigitsChoice(
        "digits_images",
        QT_TRANSLATE_NOOP("catalog.data", "Digits (8x8x1 images)"),
        QT_TRANSLATE_NOOP(
            "catalog.data",
            "The same digits as images, for convolutional networks.",
        ),
        params=_digit_params(),
        input_shape=(8, 8, 1),
        num_classes=10,
        samples=1797,
    ),
    _toy(
        "circle",
        QT_TRANSLATE_NOOP("catalog.data", "Circle (2-D)"),
        QT_TRANSLATE_NOOP(
            "catalog.data", "A disc inside a ring: not separable by a straight line."
        ),
    ),
    _toy(
        "xor",
        QT_TRANSLATE_NOOP("catalog.data", "XOR (2-D)"),
        QT_TRANSLATE_NOOP(
            "catalog.data", "Opposite quadrants share a class: needs a hidden layer."
        ),
    ),
    _toy(
        "gauss",
        QT_TRANSLATE_NOOP("catalog.data", "Two Gaussian clusters (2-D)"),
        QT_TRANSLATE_NOOP("catalog.data", "Two blobs: a straight line separates them."),
    ),
    _toy(
        "spiral",
        QT_TRANSLATE_NOOP("catalog.data", "Spiral (2-D)"),
        QT_TRANSLATE_NOOP(
            "catalog.data", "Two interleaved spirals: hard; deeper nets or sin features."
        ),
    ),
    _toy(
        "plane",
        QT_TRANSLATE_NOOP("catalog.data", "Plane (2-D regression)"),
        QT_TRANSLATE_NOOP("catalog.data", "The target is a tilted plane."),
        "regression",
    ),
    _toy(
        "multi_gauss",
        QT_TRANSLATE_NOOP("catalog.data", "Multi-Gaussian (2-D regression)"),
        QT_TRANSLATE_NOOP("catalog.data", "The target is a sum of Gaussian bumps."),
        "regression",
    ),
    DatasetChoice(
        "mnist",
        QT_TRANSLATE_NOOP("catalog.data", "MNIST (28x28x1, from the Keras cache)"),
        QT_TRANSLATE_NOOP(
            "catalog.data",
            "70,000 handwritten digits; read from Keras' local cache, never downloaded.",
        ),
        input_shape=(28, 28, 1),
        num_classes=10,
        samples=70000,
    ),
    DatasetChoice(
        "fashion_mnist",
        QT_TRANSLATE_NOOP("catalog.data", "Fashion-MNIST (28x28x1, from the Keras cache)"),
        QT_TRANSLATE_NOOP(
            "catalog.data",
            "70,000 clothing images in 10 classes; read from Keras' local cache.",
        ),
        input_shape=(28, 28, 1),
        num_classes=10,
        samples=70000,
    ),
    _bundled(
        "iris",
        QT_TRANSLATE_NOOP("catalog.data", "Iris"),
        QT_TRANSLATE_NOOP("catalog.data", "150 flowers, 4 measurements, 3 species."),
        4,
        3,
        150,
    ),
    _bundled(
        "wine",
        QT_TRANSLATE_NOOP("catalog.data", "Wine"),
        QT_TRANSLATE_NOOP("catalog.data", "178 wines, 13 chemical measurements, 3 cultivars."),
        13,
        3,
        178,
    ),
    _bundled(
        "breast_cancer",
        QT_TRANSLATE_NOOP("catalog.data", "Breast cancer"),
        QT_TRANSLATE_NOOP("catalog.data", "569 tumours, 30 features, benign or malignant."),
        30,
        2,
        569,
    ),
    _bundled(
        "diabetes",
        QT_TRANSLATE_NOOP("catalog.data", "Diabetes (regression)"),
        QT_TRANSLATE_NOOP(
            "catalog.data", "442 patients, 10 features, disease progression after a year."
        ),
        10,
        0,
        442,
    ),
    *USER_DATASETS.values(),
)

AUGMENTATION: tuple[Param, ...] = (
    Param(
        "flip",
        QT_TRANSLATE_NOOP("catalog.data", "horizontal flip"),
        "bool",
        False,
        help_en=QT_TRANSLATE_NOOP("catalog.data", "Mirror left-right at random."),
    ),
    Param(
        "crop",
        QT_TRANSLATE_NOOP("catalog.data", "random crop (padding px)"),
        "int",
        0,
        minimum=0,
        maximum=64,
        help_en=QT_TRANSLATE_NOOP(
            "catalog.data",
            "Pad by this many pixels, then crop back to size at a random place. 0: off.",
        ),
    ),
    Param(
        "zoom",
        QT_TRANSLATE_NOOP("catalog.data", "random zoom"),
        "float",
        0.0,
        minimum=0.0,
        maximum=0.9,
        help_en=QT_TRANSLATE_NOOP("catalog.data", "Zoom in or out by up to this share. 0: off."),
    ),
    Param(
        "rotation",
        QT_TRANSLATE_NOOP("catalog.data", "random rotation"),
        "float",
        0.0,
        minimum=0.0,
        maximum=0.5,
        help_en=QT_TRANSLATE_NOOP(
            "catalog.data", "Rotate by up to this share of a full turn (0.05 = 18°). 0: off."
        ),
    ),
    Param(
        "brightness",
        QT_TRANSLATE_NOOP("catalog.data", "brightness jitter"),
        "float",
        0.0,
        minimum=0.0,
        maximum=1.0,
        help_en=QT_TRANSLATE_NOOP(
            "catalog.data", "Shift brightness by up to this share of the value range. 0: off."
        ),
    ),
    Param(
        "contrast",
        QT_TRANSLATE_NOOP("catalog.data", "contrast jitter"),
        "float",
        0.0,
        minimum=0.0,
        maximum=1.0,
        help_en=QT_TRANSLATE_NOOP("catalog.data", "Scale contrast by up to this share. 0: off."),
    ),
)


def is_user_file(name: str) -> bool:
    """Whether the dataset is the user's own file (its shape is known once read)."""
    choice = DATASETS.get(name)
    return isinstance(choice, DatasetChoice) and choice.user_file
