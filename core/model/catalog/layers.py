"""Layer kinds: each one object with everything it does.

A kind carries its fields (with defaults and lessons), its shape rule and parameter count
(the editor's summary, computed without Keras), a few words for the layer list, the Keras
graph it expands into (as ``Step``s: built by the engine, written out by the script export)
and where the histograms read it. Adding a layer kind is one class here (or one instance
of an existing class), added with its fields to ``LAYER_KINDS`` in layer_kinds.py, plus
its tests.

Each weighted layer expands into weights -> [BatchNorm] -> activation -> [Dropout], so
BatchNorm sits before the activation as the lessons place it and the activation output has
a layer of its own for the probes to read.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.i18n import translate
from core.model.catalog.calls import Call, Step
from core.model.catalog.data import Shape, format_shape
from core.model.catalog.functions import ACTIVATIONS, INITIALIZERS
from core.model.catalog.params import Choice
from core.model.values import Layer, Pick


@dataclass(frozen=True)
class Fit:
    """A layer on its input: what comes out, how many parameters, or why it cannot be."""

    shape: Shape | None
    params: int = 0
    problem: str | None = None
    frozen: int = 0  # of ``params``, those that do not train (an imported base's)


@dataclass(frozen=True)
class Probe:
    """Where the histograms read a layer: the Keras layers after, before and inside its
    activation."""

    label: str  # what the window calls the layer, e.g. "2 Dense"
    layer_name: str  # the Keras layer whose output is shown
    value_range: tuple[float, float] | None
    activation: str = ""  # the activation function's name, "" for none
    pre_name: str | None = None  # the Keras layer holding the pre-activation values
    weights_name: str | None = None  # the Keras layer holding the kernel


def activation_call(pick: Pick, name: str) -> Call:
    return ACTIVATIONS[pick.name].call(name=name, **pick.params)


def value_range(pick: Pick) -> tuple[float, float] | None:
    return getattr(ACTIVATIONS[pick.name], "value_range", None)


def initializer_call(pick: Pick) -> Call:
    return INITIALIZERS[pick.name].call(**pick.params)


def needs_flat(label: str, shape: Shape) -> str:
    message = translate(
        "catalog.layers",
        "{layer} needs a flat input, but gets an image {shape}; add Flatten or "
        "GlobalAveragePooling2D before it",
    )
    return message.format(layer=label, shape=format_shape(shape))


def needs_image(label: str, shape: Shape) -> str:
    message = translate(
        "catalog.layers",
        "{layer} needs an image input (height, width, channels), but gets a flat vector "
        "{shape}; it must come before any Flatten or Dense layer",
    )
    return message.format(layer=label, shape=format_shape(shape))


@dataclass(frozen=True)
class LayerKind(Choice):
    """A layer without parameters of its own that passes its input's shape on."""

    probed: bool = False  # the live histograms show its output
    # The Keras layer it builds, for kinds that build exactly one (e.g. "layers.Flatten").
    keras_class: str = ""

    def summary(self, layer: Layer) -> str:
        return ""

    def fit(self, layer: Layer, shape: Shape) -> Fit:
        return Fit(shape)

    def steps(self, layer: Layer, prefix: str, shape: Shape) -> tuple[Step, ...]:
        args = tuple(layer[p.name] for p in self.params)
        return (Step(Call(self.keras_class, args, {"name": prefix})),)

    def probe(self, label: str, layer: Layer, prefix: str) -> Probe | None:
        return Probe(label, prefix, None) if self.probed else None

    def rate_factor(self, layer: Layer) -> float:
        """The share of the learning rate its weights learn at."""
        return 1.0


@dataclass(frozen=True)
class ImageLayer(LayerKind):
    """A layer that needs an image (height, width, channels)."""

    def fit(self, layer: Layer, shape: Shape) -> Fit:
        if len(shape) != 3:
            return Fit(None, problem=needs_image(self.label, shape))
        return self.fit_image(layer, shape)

    def fit_image(self, layer: Layer, shape: Shape) -> Fit:
        raise NotImplementedError


@dataclass(frozen=True)
class Pooling(ImageLayer):
    def summary(self, layer: Layer) -> str:
        return f"{layer['pool_size']}x{layer['pool_size']}"

    def fit_image(self, layer: Layer, shape: Shape) -> Fit:
        p = layer["pool_size"]
        if p > shape[0] or p > shape[1]:
            message = translate(
                "catalog.layers", "a {size}x{size} pool is bigger than its {shape} input"
            )
            return Fit(None, problem=message.format(size=p, shape=format_shape(shape)))
        return Fit((shape[0] // p, shape[1] // p, shape[2]))


@dataclass(frozen=True)
class GlobalPooling(ImageLayer):
    def fit_image(self, layer: Layer, shape: Shape) -> Fit:
        return Fit((shape[2],))


@dataclass(frozen=True)
class Flatten(LayerKind):
    def fit(self, layer: Layer, shape: Shape) -> Fit:
        return Fit((math.prod(shape),))


@dataclass(frozen=True)
class Dropout(LayerKind):
    def summary(self, layer: Layer) -> str:
        return translate("catalog.layers", "rate {rate}").format(rate=f"{layer['rate']:g}")


@dataclass(frozen=True)
class BatchNorm(LayerKind):
    def fit(self, layer: Layer, shape: Shape) -> Fit:
        return Fit(shape, 4 * shape[-1])  # gamma, beta, moving mean and variance


@dataclass(frozen=True)
class Activation(LayerKind):
    def summary(self, layer: Layer) -> str:
        return layer["activation"].name

    def steps(self, layer: Layer, prefix: str, shape: Shape) -> tuple[Step, ...]:
        return (Step(activation_call(layer["activation"], prefix)),)

    def probe(self, label: str, layer: Layer, prefix: str) -> Probe:
        pick = layer["activation"]
        return Probe(label, prefix, value_range(pick), pick.name)


def _norm_params(layer: Layer, channels: int) -> int:
    """BatchNorm inserted by the layer's toggle: gamma, beta, moving mean and variance."""
    return 4 * channels if layer["batch_norm"] else 0


def _regularizer(layer: Layer) -> Call | None:
    if not layer["l1"] and not layer["l2"]:
        return None
    return Call("regularizers.L1L2", kwargs={"l1": layer["l1"], "l2": layer["l2"]})


def _weights_kwargs(layer: Layer, name: str) -> dict:
    return {
        "activation": None,
        "kernel_initializer": initializer_call(layer["kernel_initializer"]),
        "bias_initializer": initializer_call(layer["bias_initializer"]),
        "kernel_regularizer": _regularizer(layer),
        "name": name,
    }


@dataclass(frozen=True)
class Weighted(LayerKind):
    """A layer that owns weights: weights -> [BatchNorm] -> activation -> [Dropout]."""

    probed: bool = True

    def size(self, layer: Layer) -> str:
        raise NotImplementedError

    def weights(self, layer: Layer, name: str) -> Call:
        raise NotImplementedError

    def summary(self, layer: Layer) -> str:
        parts = [self.size(layer), layer["activation"].name]
        if layer["batch_norm"]:
            parts.append("BatchNorm")
        if layer["dropout"]:
            words = translate("catalog.layers", "dropout {rate}")
            parts.append(words.format(rate=f"{layer['dropout']:g}"))
        return ", ".join(parts)

    def steps(self, layer: Layer, prefix: str, shape: Shape) -> tuple[Step, ...]:
        steps = [Step(self.weights(layer, prefix))]
        if layer["batch_norm"]:
            steps.append(Step(Call("layers.BatchNormalization", kwargs={"name": f"{prefix}_bn"})))
        steps.append(Step(activation_call(layer["activation"], f"{prefix}_act")))
        steps += _dropout(layer, prefix)
        return tuple(steps)

    def probe(self, label: str, layer: Layer, prefix: str) -> Probe:
        pick = layer["activation"]
        pre = f"{prefix}_bn" if layer["batch_norm"] else prefix
        return Probe(label, f"{prefix}_act", value_range(pick), pick.name, pre, prefix)


def _dropout(layer: Layer, prefix: str) -> list[Step]:
    if not layer["dropout"]:
        return []
    return [Step(Call("layers.Dropout", (layer["dropout"],), {"name": f"{prefix}_dropout"}))]


@dataclass(frozen=True)
class Dense(Weighted):
    def size(self, layer: Layer) -> str:
        return translate("catalog.layers", "{units} units").format(units=layer["units"])

    def fit(self, layer: Layer, shape: Shape) -> Fit:
        if len(shape) != 1:
            return Fit(None, problem=needs_flat(self.label, shape))
        units = layer["units"]
        return Fit((units,), shape[0] * units + units + _norm_params(layer, units))

    def weights(self, layer: Layer, name: str) -> Call:
        return Call("layers.Dense", (layer["units"],), _weights_kwargs(layer, name))


def conv_size(size: int, kernel: int, stride: int, padding: str) -> int:
    if padding == "same":
        return math.ceil(size / stride)
    return (size - kernel) // stride + 1


@dataclass(frozen=True)
class Conv2D(Weighted):
    def size(self, layer: Layer) -> str:
        k, s, pad = layer["kernel_size"], layer["strides"], layer["padding"].name
        words = translate("catalog.layers", "{filters} filters {size}x{size}/{stride} {padding}")
        return words.format(filters=layer["filters"], size=k, stride=s, padding=pad)

    def fit(self, layer: Layer, shape: Shape) -> Fit:
        if len(shape) != 3:
            return Fit(None, problem=needs_image(self.label, shape))
        k, s, pad = layer["kernel_size"], layer["strides"], layer["padding"].name
        h, w = (conv_size(d, k, s, pad) for d in shape[:2])
        if h < 1 or w < 1:
            message = translate(
                "catalog.layers", "a {size}x{size} kernel does not fit its {shape} input"
            )
            return Fit(None, problem=message.format(size=k, shape=format_shape(shape)))
        filters = layer["filters"]
        params = k * k * shape[2] * filters + filters + _norm_params(layer, filters)
        return Fit((h, w, filters), params)

    def weights(self, layer: Layer, name: str) -> Call:
        kwargs = {"strides": layer["strides"], "padding": layer["padding"].name}
        return Call(
            "layers.Conv2D",
            (layer["filters"], layer["kernel_size"]),
            kwargs | _weights_kwargs(layer, name),
        )


@dataclass(frozen=True)
class Residual(Weighted):
    """Two weighted layers and a skip; the skip is a projection when the width changes:
    weights -> [BN] -> act -> weights -> [BN] -> add skip -> act -> [Dropout]."""

    def size(self, layer: Layer) -> str:
        if layer["block"].name == "dense":
            words = translate("catalog.layers", "2 x Dense {units} + skip")
            return words.format(units=layer["units"])
        words = translate("catalog.layers", "2 x Conv2D {units} {size}x{size} + skip")
        return words.format(units=layer["units"], size=layer["kernel_size"])

    def fit(self, layer: Layer, shape: Shape) -> Fit:
        units = layer["units"]
        norm = 2 * _norm_params(layer, units)
        if layer["block"].name == "dense":
            if len(shape) != 1:
                block = translate("catalog.layers", "A Dense residual block")
                return Fit(None, problem=needs_flat(block, shape))
            projection = 0 if shape[0] == units else shape[0] * units + units
            params = (shape[0] * units + units) + (units * units + units) + projection + norm
            return Fit((units,), params)
        if len(shape) != 3:
            block = translate("catalog.layers", "A Conv2D residual block")
            return Fit(None, problem=needs_image(block, shape))
        k, channels = layer["kernel_size"], shape[2]
        projection = 0 if channels == units else channels * units + units
        params = (k * k * channels * units + units) + (k * k * units * units + units)
        return Fit((*shape[:2], units), params + projection + norm)

    def _weights(self, layer: Layer, name: str) -> Call:
        kwargs = _weights_kwargs(layer, name)
        if layer["block"].name == "dense":
            return Call("layers.Dense", (layer["units"],), kwargs)
        return Call(
            "layers.Conv2D", (layer["units"], layer["kernel_size"]), {"padding": "same"} | kwargs
        )

    def steps(self, layer: Layer, prefix: str, shape: Shape) -> tuple[Step, ...]:
        block = layer["block"].name
        steps = []
        for part in (1, 2):
            steps.append(
                Step(
                    self._weights(layer, f"{prefix}_{block}{part}"),
                    ("x" if part == 1 else "h",),
                    "h",
                )
            )
            if layer["batch_norm"]:
                bn = Call("layers.BatchNormalization", kwargs={"name": f"{prefix}_bn{part}"})
                steps.append(Step(bn, ("h",), "h"))
            if part == 1:
                steps.append(
                    Step(activation_call(layer["activation"], f"{prefix}_act1"), ("h",), "h")
                )
        skip = "x"
        if shape[-1] != layer["units"]:
            size = () if block == "dense" else (1,)
            cls = "layers.Dense" if block == "dense" else "layers.Conv2D"
            kwargs = {"kernel_initializer": Call("initializers.GlorotUniform")}  # Keras' own
            projection = Call(
                cls, (layer["units"], *size), {**kwargs, "name": f"{prefix}_projection"}
            )
            steps.append(Step(projection, ("x",), "skip"))
            skip = "skip"
        steps.append(Step(Call("layers.Add", kwargs={"name": f"{prefix}_add"}), ("h", skip)))
        steps.append(Step(activation_call(layer["activation"], f"{prefix}_act")))
        steps += _dropout(layer, prefix)
        return tuple(steps)

    def probe(self, label: str, layer: Layer, prefix: str) -> Probe:
        pick = layer["activation"]
        weights = f"{prefix}_{layer['block'].name}1"
        return Probe(label, f"{prefix}_act", value_range(pick), pick.name, f"{prefix}_add", weights)
