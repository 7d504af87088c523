"""Every choice a user can make, defined once.

Forms, validation, the model builder and tooltips all read these tables, so a new
activation or initializer is added here and nowhere else. Keras is never imported at
module level (it costs seconds); each ``keras`` factory receives the module.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Param:
    """One editable field: its type, default and the range a value must lie in."""

    name: str
    label: str
    kind: str  # "int", "float", "bool", "text", "file", "folder", "names" or "choice"
    default: Any
    minimum: float | None = None
    maximum: float | None = None
    maximum_open: bool = False  # True: the maximum itself is not allowed
    options: Mapping[str, Choice] | None = None  # for kind "choice"
    help: str = ""

    def problem(self, value: Any) -> str | None:
        """Say what is wrong with a plain (non-choice) value, or None when it is fine."""
        if self.kind == "bool":
            return None if isinstance(value, bool) else f"must be true or false, got {value!r}"
        if self.kind == "text":
            ok = isinstance(value, str) and (value.strip() or self.default == "")
            return None if ok else f"must be a non-empty text, got {value!r}"
        if self.kind in ("file", "folder"):
            if not isinstance(value, str):
                return f"must be a file path, got {value!r}"
            return None if value.strip() else "no file chosen yet"
        if self.kind == "names":
            ok = isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)
            return None if ok else f"must be a list of column names, got {value!r}"
        if self.kind == "int":
            if not isinstance(value, int) or isinstance(value, bool):
                return f"must be {self._int_words()}, got {value!r}"
        elif self.kind == "float":
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            if not numeric or not math.isfinite(value):
                return f"must be a number {self._range_words()}, got {value!r}".replace("  ", " ")
        if not self._in_range(value):
            words = self._int_words() if self.kind == "int" else f"a number {self._range_words()}"
            return f"must be {words}, got {value!r}"
        return None

    def _in_range(self, value: float) -> bool:
        if self.minimum is not None and value < self.minimum:
            return False
        if self.maximum is None:
            return True
        return value < self.maximum if self.maximum_open else value <= self.maximum

    def _int_words(self) -> str:
        if self.minimum == 1 and self.maximum is None:
            return "a positive integer"
        return f"an integer {self._range_words()}"

    def _range_words(self) -> str:
        lo, hi = self.minimum, self.maximum
        if lo is not None and hi is not None:
            return f"in [{lo:g}, {hi:g}{')' if self.maximum_open else ']'}"
        if lo is not None:
            return f">= {lo:g}"
        if hi is not None:
            return f"{'<' if self.maximum_open else '<='} {hi:g}"
        return ""


@dataclass(frozen=True)
class Choice:
    """One option of a menu (an activation, an initializer, ...) and what it teaches."""

    key: str
    label: str
    lesson: str
    params: tuple[Param, ...] = ()
    keras: Callable[..., Any] | None = field(default=None, compare=False)

    def param(self, name: str) -> Param:
        return next(p for p in self.params if p.name == name)


@dataclass(frozen=True)
class ActivationChoice(Choice):
    # The range every output lies in, so histograms can keep a fixed axis.
    value_range: tuple[float, float] | None = None


@dataclass(frozen=True)
class DatasetChoice(Choice):
    input_shape: tuple[int, ...] = ()
    task: str = "classification"
    num_classes: int = 0
    samples: int = 0
    plane: bool = False  # 2-D points: the decision boundary can be drawn
    user_file: bool = False  # the user's own file: shape and task come from reading it


def _table(*choices: Choice) -> dict[str, Choice]:
    return {c.key: c for c in choices}


def _plain(*items: tuple[str, str, str]) -> dict[str, Choice]:
    """A menu of options that carry no parameters: (key, label, lesson) each."""
    return _table(*(Choice(key, label, lesson) for key, label, lesson in items))


def _alpha(default: float, help_text: str) -> Param:
    return Param("alpha", "alpha", "float", default, minimum=0.0, help=help_text)


ACTIVATIONS: dict[str, Choice] = _table(
    ActivationChoice(
        "linear",
        "Linear",
        "Linear: no non-linearity; stacked linear layers collapse into one.",
        keras=lambda k, name: k.layers.Activation("linear", name=name),
    ),
    ActivationChoice(
        "sigmoid",
        "Sigmoid",
        "Sigmoid: squashes to [0, 1]; saturates (vanishing gradients) and is not "
        "zero-centred. Pair with Xavier initialization.",
        keras=lambda k, name: k.layers.Activation("sigmoid", name=name),
        value_range=(0.0, 1.0),
    ),
    ActivationChoice(
        "tanh",
        "Tanh",
        "Tanh: squashes to [-1, 1]; zero-centred but still saturates. Pair with Xavier "
        "initialization.",
        keras=lambda k, name: k.layers.Activation("tanh", name=name),
        value_range=(-1.0, 1.0),
    ),
    ActivationChoice(
        "relu",
        "ReLU",
        "ReLU: cheap, fast to converge, sparse; units can die (output 0 forever). Pair "
        "with He initialization.",
        keras=lambda k, name: k.layers.Activation("relu", name=name),
    ),
    ActivationChoice(
        "leaky_relu",
        "Leaky ReLU",
        "Leaky ReLU: max(alpha*x, x) keeps a small slope for negatives, so units cannot "
        "die; alpha is one more hyper-parameter.",
        params=(_alpha(0.01, "Slope for negative inputs (about 0.01)."),),
        keras=lambda k, name, alpha: k.layers.LeakyReLU(negative_slope=alpha, name=name),
    ),
    ActivationChoice(
        "elu",
        "ELU",
        "ELU: smooth, saturates gently for negatives, outputs closer to zero mean; costs an exp.",
        params=(_alpha(1.0, "Value the output approaches for very negative inputs (-alpha)."),),
        keras=lambda k, name, alpha: k.layers.ELU(alpha=alpha, name=name),
    ),
    ActivationChoice(
        "selu",
        "SELU",
        "SELU: scaled ELU that self-normalizes with LeCun normal initialization.",
        keras=lambda k, name: k.layers.Activation("selu", name=name),
    ),
    ActivationChoice(
        "gelu",
        "GELU",
        "GELU: smooth ReLU-like gate used by Transformers.",
        keras=lambda k, name: k.layers.Activation("gelu", name=name),
    ),
    ActivationChoice(
        "swish",
        "Swish",
        "Swish: x*sigmoid(x), smooth and non-monotonic; often a little better than ReLU.",
        keras=lambda k, name: k.layers.Activation("swish", name=name),
    ),
    ActivationChoice(
        "softmax",
        "Softmax",
        "Softmax: turns scores into class probabilities that sum to 1; for the last "
        "layer of a classifier.",
        keras=lambda k, name: k.layers.Activation("softmax", name=name),
        value_range=(0.0, 1.0),
    ),
)

INITIALIZERS: dict[str, Choice] = _table(
    Choice(
        "zeros",
        "Zeros",
        "All-equal weights: every unit of a layer learns the same thing (symmetry is "
        "never broken).",
        keras=lambda k: k.initializers.Zeros(),
    ),
    Choice(
        "constant",
        "Constant",
        "All weights equal to one value: like zeros, the units of a layer stay identical.",
        params=(Param("value", "value", "float", 0.1),),
        keras=lambda k, value: k.initializers.Constant(value),
    ),
    Choice(
        "small_gaussian",
        "Small Gaussian N(0, 0.01)",
        "std 0.01: sigmoid activations pile up around 0.5, every unit says the same thing.",
        keras=lambda k: k.initializers.RandomNormal(0.0, 0.01),
    ),
    Choice(
        "large_gaussian",
        "Large Gaussian N(0, 1)",
        "std 1: sigmoid activations pile up at 0 and 1 (saturation, vanishing gradients).",
        keras=lambda k: k.initializers.RandomNormal(0.0, 1.0),
    ),
    Choice(
        "gaussian",
        "Gaussian N(0, std)",
        "Normal weights with a chosen spread: try 1, 0.01 and 1/sqrt(n_in) side by side.",
        params=(Param("std", "std", "float", 0.05, minimum=0.0),),
        keras=lambda k, std: k.initializers.RandomNormal(0.0, std),
    ),
    Choice(
        "uniform",
        "Uniform U(-limit, limit)",
        "Uniform weights in a chosen range.",
        params=(Param("limit", "limit", "float", 0.05, minimum=0.0),),
        keras=lambda k, limit: k.initializers.RandomUniform(-limit, limit),
    ),
    Choice(
        "glorot_normal",
        "Glorot / Xavier normal",
        "Xavier: std sqrt(2/(n_in+n_out)) keeps sigmoid/tanh activations spread out in "
        "every layer.",
        keras=lambda k: k.initializers.GlorotNormal(),
    ),
    Choice(
        "glorot_uniform",
        "Glorot / Xavier uniform",
        "Xavier, uniform variant: the right start for sigmoid and tanh.",
        keras=lambda k: k.initializers.GlorotUniform(),
    ),
    Choice(
        "he_normal",
        "He normal",
        "He: std sqrt(2/n_in) keeps ReLU activations evenly spread at every depth.",
        keras=lambda k: k.initializers.HeNormal(),
    ),
    Choice(
        "he_uniform",
        "He uniform",
        "He, uniform variant: the right start for ReLU.",
        keras=lambda k: k.initializers.HeUniform(),
    ),
    Choice(
        "lecun_normal",
        "LeCun normal",
        "LeCun: std sqrt(1/n_in), the start SELU needs to self-normalize.",
        keras=lambda k: k.initializers.LecunNormal(),
    ),
)


def _lr(default: float = 0.001) -> Param:
    return Param(
        "learning_rate",
        "learning rate",
        "float",
        default,
        minimum=0.0,
        help="Too high: the loss explodes; too low: it crawls.",
    )


def _unit(name: str, label: str, default: float) -> Param:
    return Param(name, label, "float", default, minimum=0.0, maximum=1.0, maximum_open=True)


def _eps() -> Param:
    return Param("epsilon", "epsilon", "float", 1e-7, minimum=0.0)


def _betas() -> tuple[Param, Param]:
    return _unit("beta_1", "beta 1", 0.9), _unit("beta_2", "beta 2", 0.999)


OPTIMIZERS: dict[str, Choice] = _table(
    Choice(
        "sgd",
        "SGD",
        "Mini-batch stochastic gradient descent: w -= lr * grad.",
        params=(_lr(0.01),),
        keras=lambda k, **p: k.optimizers.SGD(**p),
    ),
    Choice(
        "momentum",
        "SGD + momentum",
        "Momentum: v = m*v - lr*grad; rolls through flat regions and damps zig-zags.",
        params=(_lr(0.01), _unit("momentum", "momentum", 0.9)),
        keras=lambda k, **p: k.optimizers.SGD(**p),
    ),
    Choice(
        "nesterov",
        "Nesterov momentum",
        "Nesterov: momentum that looks ahead before it steps.",
        params=(_lr(0.01), _unit("momentum", "momentum", 0.9)),
        keras=lambda k, **p: k.optimizers.SGD(nesterov=True, **p),
    ),
    Choice(
        "adagrad",
        "Adagrad",
        "Adagrad: per-weight rates that shrink with the squared gradients seen so far.",
        params=(_lr(0.01), _eps()),
        keras=lambda k, **p: k.optimizers.Adagrad(**p),
    ),
    Choice(
        "rmsprop",
        "RMSProp",
        "RMSProp: Adagrad with a moving average, so the rate does not die out.",
        params=(_lr(), _unit("rho", "rho", 0.9), _unit("momentum", "momentum", 0.0), _eps()),
        keras=lambda k, **p: k.optimizers.RMSprop(**p),
    ),
    Choice(
        "adam",
        "Adam",
        "Adam: momentum plus RMSProp scaling. If unsure, use Adam.",
        params=(_lr(), *_betas(), _eps()),
        keras=lambda k, **p: k.optimizers.Adam(**p),
    ),
    Choice(
        "adamw",
        "AdamW",
        "AdamW: Adam with weight decay applied directly to the weights.",
        params=(
            _lr(),
            Param("weight_decay", "weight decay", "float", 0.004, minimum=0.0),
            *_betas(),
            _eps(),
        ),
        keras=lambda k, **p: k.optimizers.AdamW(**p),
    ),
    Choice(
        "nadam",
        "Nadam",
        "Nadam: Adam with Nesterov momentum.",
        params=(_lr(), *_betas(), _eps()),
        keras=lambda k, **p: k.optimizers.Nadam(**p),
    ),
)


def _warmup(default: float) -> Param:
    return Param(
        "warmup",
        "warm-up share",
        "float",
        default,
        minimum=0.0,
        maximum=1.0,
        maximum_open=True,
        help="Linear warm-up over this share of all steps (0.1: the first 10%); 0 for none.",
    )


def _factor(default: float) -> Param:
    return Param(
        "factor",
        "factor",
        "float",
        default,
        minimum=0.0,
        maximum=1.0,
        help="The rate is multiplied by this.",
    )


def _share(name: str, label: str, default: float) -> Param:
    return Param(name, label, "float", default, minimum=0.0, maximum=1.0)


SCHEDULES: dict[str, Choice] = _table(
    Choice("constant", "Constant", "The same rate at every step.", params=(_warmup(0.0),)),
    Choice(
        "exponential",
        "Exponential decay per epoch",
        "Multiply the rate by a fixed factor after every epoch (x0.98 is the lessons' example).",
        params=(
            Param("rate", "factor per epoch", "float", 0.98, minimum=0.0, maximum=1.0),
            _warmup(0.0),
        ),
    ),
    Choice(
        "step",
        "Step decay",
        "Drop the rate by a factor at milestones (x0.1 at 50% and 75% of training).",
        params=(
            _share("first", "first milestone", 0.5),
            _share("second", "second milestone", 0.75),
            _factor(0.1),
            _warmup(0.0),
        ),
    ),
    Choice(
        "cosine",
        "Cosine decay",
        "Follow half a cosine from the full rate down to zero by the last step.",
        params=(_warmup(0.1),),
    ),
    Choice(
        "linear",
        "Linear decay",
        "Fall in a straight line to zero by the last step.",
        params=(_warmup(0.1),),
    ),
    Choice(
        "inverse_sqrt",
        "Inverse square-root decay",
        "rate / sqrt(1 + epochs since warm-up): fast at first, then slowly.",
        params=(_warmup(0.1),),
    ),
    Choice(
        "plateau",
        "Reduce on plateau",
        "Cut the rate when the validation loss stops improving for a few epochs.",
        params=(
            _factor(0.1),
            Param("patience", "patience (epochs)", "int", 3, minimum=1),
            Param("min_rate", "lowest rate", "float", 1e-6, minimum=0.0),
        ),
    ),
)


def _threshold() -> tuple[Param, ...]:
    return (
        Param(
            "threshold",
            "threshold",
            "float",
            1.0,
            minimum=1e-12,
            help="theta; the lessons suggest 1 or 10.",
        ),
    )


CLIPPING: dict[str, Choice] = _table(
    Choice("none", "None", "Gradients are used as they are; they may explode."),
    Choice(
        "norm",
        "By norm (per weight)",
        "Rescale each weight's gradient so its norm is at most theta.",
        params=_threshold(),
    ),
    Choice(
        "global_norm",
        "By global norm",
        "Rescale all gradients together so their joint norm is at most theta.",
        params=_threshold(),
    ),
    Choice(
        "value",
        "By value",
        "Cut every gradient component to [-theta, theta].",
        params=_threshold(),
    ),
)

MONITORS = _plain(
    ("val_loss", "validation loss", "Stop when the validation loss stops falling."),
    ("val_accuracy", "validation accuracy", "Stop when validation accuracy stops rising."),
    ("loss", "training loss", "Stop when the training loss stops falling."),
)

EARLY_STOPPING: dict[str, Choice] = _table(
    Choice("off", "Off", "Train for every epoch."),
    Choice(
        "on",
        "On",
        "Watch a validation metric and stop when it starts to get worse.",
        params=(
            Param("monitor", "watch", "choice", "val_loss", options=MONITORS),
            Param("patience", "patience (epochs)", "int", 5, minimum=1),
            Param("min_delta", "smallest improvement", "float", 0.0, minimum=0.0),
            Param("restore_best", "restore best weights", "bool", True),
        ),
    ),
)

LOSSES: dict[str, Choice] = _table(
    Choice("auto", "Follow the task", "Cross-entropy for classification, MSE for regression."),
    Choice(
        "crossentropy",
        "Cross-entropy",
        "Cross-entropy: the loss for class probabilities.",
        keras=lambda k: k.losses.SparseCategoricalCrossentropy(),
    ),
    Choice(
        "mse",
        "Mean squared error",
        "MSE: squares the errors, so large ones dominate.",
        keras=lambda k: k.losses.MeanSquaredError(),
    ),
    Choice(
        "mae",
        "Mean absolute error",
        "MAE: robust to outliers, constant gradient.",
        keras=lambda k: k.losses.MeanAbsoluteError(),
    ),
    Choice(
        "huber",
        "Huber",
        "Huber: squared for small errors, absolute for large ones.",
        keras=lambda k: k.losses.Huber(),
    ),
)


def _components() -> tuple[Param, ...]:
    return (Param("components", "components", "int", 16, minimum=1),)


PREPROCESSING: dict[str, Choice] = _table(
    Choice("none", "None", "Raw inputs: features on different scales slow training down."),
    Choice(
        "standardize",
        "Standardize",
        "(x - mean) / std per feature, fitted on the training split; travels inside the "
        "saved model.",
    ),
    Choice("minmax_01", "Min-max to [0, 1]", "Scale each feature into [0, 1] (training split)."),
    Choice("minmax_11", "Min-max to [-1, 1]", "Scale each feature into [-1, 1] (training split)."),
    Choice(
        "pca",
        "PCA",
        "Centre the features and keep the first principal components (training split).",
        params=_components(),
    ),
    Choice(
        "whiten",
        "PCA whitening",
        "PCA, then scale every component to unit variance: decorrelated, equal-variance inputs.",
        params=_components(),
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
        "One sub-folder per class, read with Keras' image_dataset_from_directory.",
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
        ),
        user_file=True,
    ),
)

DATASETS: dict[str, Choice] = _table(
    DatasetChoice(
        "digits",
        "Digits (8x8, as 64 features)",
        "scikit-learn's bundled handwritten digits: 1,797 images of 0-9, no download.",
        input_shape=(64,),
        num_classes=10,
        samples=1797,
    ),
    DatasetChoice(
        "digits_images",
        "Digits (8x8x1 images)",
        "The same digits as images, for convolutional networks.",
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

OUTPUT_ACTIVATIONS: dict[str, Choice] = {
    "auto": Choice("auto", "Follow the task", "Softmax for classification, linear for regression."),
    **ACTIVATIONS,
}


def _units(default: int) -> Param:
    return Param("units", "units", "int", default, minimum=1, help="Number of neurons.")


def _weighted(kernel_default: str) -> tuple[Param, ...]:
    """Fields shared by every layer that owns weights."""
    return (
        Param("activation", "activation", "choice", "relu", options=ACTIVATIONS),
        Param("kernel_initializer", "kernel init", "choice", kernel_default, options=INITIALIZERS),
        Param("bias_initializer", "bias init", "choice", "zeros", options=INITIALIZERS),
        Param("l1", "L1", "float", 0.0, minimum=0.0, help="LASSO: drives weights to exactly 0."),
        Param("l2", "L2", "float", 0.0, minimum=0.0, help="Ridge / weight decay: shrinks weights."),
        Param(
            "batch_norm",
            "BatchNorm",
            "bool",
            False,
            help="Insert BatchNormalization between the weights and the activation.",
        ),
        Param(
            "dropout",
            "dropout after",
            "float",
            0.0,
            minimum=0.0,
            maximum=1.0,
            maximum_open=True,
            help="Dropout rate after the activation; 0 means none.",
        ),
    )


def _pool(default: int) -> tuple[Param, ...]:
    return (Param("pool_size", "pool size", "int", default, minimum=1),)


LAYER_KINDS: dict[str, Choice] = _table(
    Choice(
        "dense",
        "Dense",
        "Fully connected: every input feeds every unit.",
        params=(_units(64), *_weighted("he_normal")),
    ),
    Choice(
        "conv2d",
        "Conv2D",
        "Convolution: small shared filters slide over the image (VGG uses only 3x3).",
        params=(
            Param("filters", "filters", "int", 16, minimum=1),
            Param("kernel_size", "kernel size", "int", 3, minimum=1),
            Param("strides", "stride", "int", 1, minimum=1),
            Param(
                "padding",
                "padding",
                "choice",
                "same",
                options=_table(
                    Choice("same", "same", "Pad so the output keeps the input size."),
                    Choice("valid", "valid", "No padding: the output shrinks."),
                ),
            ),
            *_weighted("he_normal"),
        ),
    ),
    Choice(
        "max_pool2d",
        "MaxPooling2D",
        "Max pooling: keeps the strongest response in each window.",
        params=_pool(2),
    ),
    Choice(
        "avg_pool2d",
        "AveragePooling2D",
        "Average pooling: the mean of each window.",
        params=_pool(2),
    ),
    Choice(
        "global_avg_pool2d",
        "GlobalAveragePooling2D",
        "One number per channel: the mean over the whole image.",
    ),
    Choice("flatten", "Flatten", "Unrolls an image into a vector for dense layers."),
    Choice(
        "dropout",
        "Dropout",
        "Drops a random share of units in training only: an implicit ensemble against "
        "over-fitting.",
        params=(Param("rate", "rate", "float", 0.2, minimum=0.0, maximum=1.0, maximum_open=True),),
    ),
    Choice(
        "batch_norm",
        "BatchNormalization",
        "Normalizes each mini-batch to mean 0, variance 1: learns faster, depends less on "
        "the initial weights.",
    ),
    Choice(
        "activation",
        "Activation",
        "A standalone non-linearity.",
        params=(Param("activation", "activation", "choice", "relu", options=ACTIVATIONS),),
    ),
    Choice(
        "residual",
        "Residual block",
        "ResNet's idea: two layers plus a skip connection that adds the input back, so "
        "very deep networks still train.",
        params=(
            Param(
                "block",
                "block",
                "choice",
                "dense",
                options=_table(
                    Choice("dense", "two Dense", "Two fully connected layers and a skip."),
                    Choice("conv2d", "two Conv2D", "Two same-padded convolutions and a skip."),
                ),
            ),
            Param("units", "units / filters", "int", 64, minimum=1),
            Param("kernel_size", "kernel size", "int", 3, minimum=1, help="Conv2D blocks only."),
            *_weighted("he_normal"),
        ),
    ),
)

# Layer kinds whose output the live histograms show.
PROBED_KINDS = frozenset({"dense", "conv2d", "activation", "batch_norm", "residual"})
