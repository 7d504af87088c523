"""Activation functions and weight initializers: what the lessons' first experiments vary."""

from __future__ import annotations

from dataclasses import dataclass

from core.i18n import QT_TRANSLATE_NOOP
from core.model.catalog.calls import Call
from core.model.catalog.params import Choice, Param
from core.model.catalog.params import table as _table


@dataclass(frozen=True)
class ActivationChoice(Choice):
    # The range every output lies in, so histograms can keep a fixed axis.
    value_range: tuple[float, float] | None = None


def _activation(function: str):
    """Keras' own Activation layer for a function without parameters."""
    return lambda name: Call("layers.Activation", (function,), {"name": name})


def _alpha(default: float, help_text: str) -> Param:
    label = QT_TRANSLATE_NOOP("catalog.functions", "alpha")
    return Param("alpha", label, "float", default, minimum=0.0, help_en=help_text)


ACTIVATIONS: dict[str, Choice] = _table(
    ActivationChoice(
        "linear",
        QT_TRANSLATE_NOOP("catalog.functions", "Linear"),
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "Linear: no non-linearity; stacked linear layers collapse into one.",
        ),
        call=_activation("linear"),
    ),
    ActivationChoice(
        "sigmoid",
        "Sigmoid",
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "Sigmoid: squashes to [0, 1]; saturates (vanishing gradients) and is not "
            "zero-centred. Pair with Xavier initialization.",
        ),
        call=_activation("sigmoid"),
        value_range=(0.0, 1.0),
    ),
    ActivationChoice(
        "tanh",
        "Tanh",
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "Tanh: squashes to [-1, 1]; zero-centred but still saturates. Pair with Xavier "
            "initialization.",
        ),
        call=_activation("tanh"),
        value_range=(-1.0, 1.0),
    ),
    ActivationChoice(
        "relu",
        "ReLU",
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "ReLU: cheap, fast to converge, sparse; units can die (output 0 forever). Pair "
            "with He initialization.",
        ),
        call=_activation("relu"),
    ),
    ActivationChoice(
        "leaky_relu",
        "Leaky ReLU",
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "Leaky ReLU: max(alpha*x, x) keeps a small slope for negatives, so units cannot "
            "die; alpha is one more hyper-parameter.",
        ),
        params=(
            _alpha(
                0.01,
                QT_TRANSLATE_NOOP("catalog.functions", "Slope for negative inputs (about 0.01)."),
            ),
        ),
        call=lambda name, alpha: Call(
            "layers.LeakyReLU", kwargs={"negative_slope": alpha, "name": name}
        ),
    ),
    ActivationChoice(
        "elu",
        "ELU",
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "ELU: smooth, saturates gently for negatives, outputs closer to zero mean; costs an "
            "exp.",
        ),
        params=(
            _alpha(
                1.0,
                QT_TRANSLATE_NOOP(
                    "catalog.functions",
                    "Value the output approaches for very negative inputs (-alpha).",
                ),
            ),
        ),
        call=lambda name, alpha: Call("layers.ELU", kwargs={"alpha": alpha, "name": name}),
    ),
    ActivationChoice(
        "selu",
        "SELU",
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "SELU: scaled ELU that self-normalizes with LeCun normal initialization.",
        ),
        call=_activation("selu"),
    ),
    ActivationChoice(
        "gelu",
        "GELU",
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "GELU: smooth ReLU-like gate used by Transformers.",
        ),
        call=_activation("gelu"),
    ),
    ActivationChoice(
        "swish",
        "Swish",
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "Swish: x*sigmoid(x), smooth and non-monotonic; often a little better than ReLU.",
        ),
        call=_activation("swish"),
    ),
    ActivationChoice(
        "softmax",
        "Softmax",
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "Softmax: turns scores into class probabilities that sum to 1; for the last "
            "layer of a classifier.",
        ),
        call=_activation("softmax"),
        value_range=(0.0, 1.0),
    ),
)

INITIALIZERS: dict[str, Choice] = _table(
    Choice(
        "zeros",
        QT_TRANSLATE_NOOP("catalog.functions", "Zeros"),
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "All-equal weights: every unit of a layer learns the same thing (symmetry is "
            "never broken).",
        ),
        call=lambda: Call("initializers.Zeros"),
    ),
    Choice(
        "constant",
        QT_TRANSLATE_NOOP("catalog.functions", "Constant"),
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "All weights equal to one value: like zeros, the units of a layer stay identical.",
        ),
        params=(Param("value", QT_TRANSLATE_NOOP("catalog.functions", "value"), "float", 0.1),),
        call=lambda value: Call("initializers.Constant", (value,)),
    ),
    Choice(
        "small_gaussian",
        QT_TRANSLATE_NOOP("catalog.functions", "Small Gaussian N(0, 0.01)"),
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "std 0.01: sigmoid activations pile up around 0.5, every unit says the same thing.",
        ),
        call=lambda: Call("initializers.RandomNormal", (0.0, 0.01)),
    ),
    Choice(
        "large_gaussian",
        QT_TRANSLATE_NOOP("catalog.functions", "Large Gaussian N(0, 1)"),
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "std 1: sigmoid activations pile up at 0 and 1 (saturation, vanishing gradients).",
        ),
        call=lambda: Call("initializers.RandomNormal", (0.0, 1.0)),
    ),
    Choice(
        "gaussian",
        QT_TRANSLATE_NOOP("catalog.functions", "Gaussian N(0, std)"),
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "Normal weights with a chosen spread: try 1, 0.01 and 1/sqrt(n_in) side by side.",
        ),
        params=(
            Param("std", QT_TRANSLATE_NOOP("catalog.functions", "std"), "float", 0.05, minimum=0.0),
        ),
        call=lambda std: Call("initializers.RandomNormal", (0.0, std)),
    ),
    Choice(
        "uniform",
        QT_TRANSLATE_NOOP("catalog.functions", "Uniform U(-limit, limit)"),
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "Uniform weights in a chosen range.",
        ),
        params=(
            Param(
                "limit", QT_TRANSLATE_NOOP("catalog.functions", "limit"), "float", 0.05, minimum=0.0
            ),
        ),
        call=lambda limit: Call("initializers.RandomUniform", (-limit, limit)),
    ),
    Choice(
        "glorot_normal",
        QT_TRANSLATE_NOOP("catalog.functions", "Glorot / Xavier normal"),
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "Xavier: std sqrt(2/(n_in+n_out)) keeps sigmoid/tanh activations spread out in "
            "every layer.",
        ),
        call=lambda: Call("initializers.GlorotNormal"),
    ),
    Choice(
        "glorot_uniform",
        QT_TRANSLATE_NOOP("catalog.functions", "Glorot / Xavier uniform"),
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "Xavier, uniform variant: the right start for sigmoid and tanh.",
        ),
        call=lambda: Call("initializers.GlorotUniform"),
    ),
    Choice(
        "he_normal",
        QT_TRANSLATE_NOOP("catalog.functions", "He normal"),
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "He: std sqrt(2/n_in) keeps ReLU activations evenly spread at every depth.",
        ),
        call=lambda: Call("initializers.HeNormal"),
    ),
    Choice(
        "he_uniform",
        QT_TRANSLATE_NOOP("catalog.functions", "He uniform"),
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "He, uniform variant: the right start for ReLU.",
        ),
        call=lambda: Call("initializers.HeUniform"),
    ),
    Choice(
        "lecun_normal",
        QT_TRANSLATE_NOOP("catalog.functions", "LeCun normal"),
        QT_TRANSLATE_NOOP(
            "catalog.functions",
            "LeCun: std sqrt(1/n_in), the start SELU needs to self-normalize.",
        ),
        call=lambda: Call("initializers.LecunNormal"),
    ),
)


OUTPUT_ACTIVATIONS: dict[str, Choice] = {
    "auto": Choice(
        "auto",
        QT_TRANSLATE_NOOP("catalog.functions", "Follow the task"),
        QT_TRANSLATE_NOOP(
            "catalog.functions", "Softmax for classification, linear for regression."
        ),
    ),
    **ACTIVATIONS,
}
