"""Output shapes and parameter counts, computed without Keras.

Editing must stay instant (Keras takes seconds to import and builds slowly), so the
summary the window shows is arithmetic here; tests check it against Keras' own model.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core import catalog

if TYPE_CHECKING:
    from core.spec import Experiment, Layer

Shape = tuple[int, ...]


@dataclass(frozen=True)
class LayerInfo:
    index: int  # position in experiment.layers; -1 for the output head
    kind: str
    summary: str  # e.g. "64 units, relu"
    output_shape: Shape | None  # None when it cannot be computed
    params: int
    problem: str | None = None


def _weighted_summary(layer: Layer, size: str) -> str:
    parts = [size, layer["activation"].name]
    if layer["batch_norm"]:
        parts.append("BatchNorm")
    if layer["dropout"]:
        parts.append(f"dropout {layer['dropout']:g}")
    return ", ".join(parts)


def _extras(layer: Layer, channels: int) -> int:
    """BatchNorm inserted by the layer's toggle: gamma, beta, moving mean and variance."""
    return 4 * channels if layer["batch_norm"] else 0


def _conv_size(size: int, kernel: int, stride: int, padding: str) -> int:
    if padding == "same":
        return math.ceil(size / stride)
    return (size - kernel) // stride + 1


def summary(layer: Layer) -> str:
    """A few words on a layer's settings, for the layer list."""
    kind = layer.kind
    if kind == "dense":
        return _weighted_summary(layer, f"{layer['units']} units")
    if kind == "conv2d":
        k, s, pad = layer["kernel_size"], layer["strides"], layer["padding"].name
        return _weighted_summary(layer, f"{layer['filters']} filters {k}x{k}/{s} {pad}")
    if kind == "residual":
        if layer["block"].name == "dense":
            return _weighted_summary(layer, f"2 x Dense {layer['units']} + skip")
        k = layer["kernel_size"]
        return _weighted_summary(layer, f"2 x Conv2D {layer['units']} {k}x{k} + skip")
    if kind in ("max_pool2d", "avg_pool2d"):
        return f"{layer['pool_size']}x{layer['pool_size']}"
    if kind == "dropout":
        return f"rate {layer['rate']:g}"
    if kind == "activation":
        return layer["activation"].name
    return ""


def _infer_layer(layer: Layer, shape: Shape) -> tuple[Shape | None, int, str | None]:
    """Returns (output shape, parameters, problem) of one layer on this input."""
    kind = layer.kind
    label = catalog.LAYER_KINDS[kind].label
    image = len(shape) == 3
    if kind == "dense":
        if len(shape) != 1:
            return None, 0, _needs_flat(label, shape)
        units = layer["units"]
        return (units,), shape[0] * units + units + _extras(layer, units), None
    if kind == "residual":
        return _infer_residual(layer, shape)
    if kind in ("conv2d", "max_pool2d", "avg_pool2d", "global_avg_pool2d") and not image:
        return None, 0, _needs_image(label, shape)
    if kind == "conv2d":
        k, s, pad = layer["kernel_size"], layer["strides"], layer["padding"].name
        h, w = (_conv_size(d, k, s, pad) for d in shape[:2])
        if h < 1 or w < 1:
            return None, 0, f"a {k}x{k} kernel does not fit its {_fmt(shape)} input"
        filters = layer["filters"]
        params = k * k * shape[2] * filters + filters + _extras(layer, filters)
        return (h, w, filters), params, None
    if kind in ("max_pool2d", "avg_pool2d"):
        p = layer["pool_size"]
        if p > shape[0] or p > shape[1]:
            return None, 0, f"a {p}x{p} pool is bigger than its {_fmt(shape)} input"
        return (shape[0] // p, shape[1] // p, shape[2]), 0, None
    if kind == "global_avg_pool2d":
        return (shape[2],), 0, None
    if kind == "flatten":
        return (math.prod(shape),), 0, None
    if kind == "batch_norm":
        return shape, 4 * shape[-1], None
    if kind in ("dropout", "activation"):
        return shape, 0, None
    raise ValueError(f"no shape rule for layer kind {kind!r}")


def _infer_residual(layer: Layer, shape: Shape) -> tuple[Shape | None, int, str | None]:
    """Two weighted layers and a skip; the skip is a projection when the width changes."""
    units = layer["units"]
    norm = 2 * _extras(layer, units)
    if layer["block"].name == "dense":
        if len(shape) != 1:
            return None, 0, _needs_flat("A Dense residual block", shape)
        projection = 0 if shape[0] == units else shape[0] * units + units
        params = (shape[0] * units + units) + (units * units + units) + projection + norm
        return (units,), params, None
    if len(shape) != 3:
        return None, 0, _needs_image("A Conv2D residual block", shape)
    k, channels = layer["kernel_size"], shape[2]
    projection = 0 if channels == units else channels * units + units
    params = (k * k * channels * units + units) + (k * k * units * units + units)
    return (*shape[:2], units), params + projection + norm, None


def _fmt(shape: Shape) -> str:
    return "(" + ", ".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def _needs_flat(label: str, shape: Shape) -> str:
    return (
        f"{label} needs a flat input, but gets an image {_fmt(shape)}; add Flatten or "
        "GlobalAveragePooling2D before it"
    )


def _needs_image(label: str, shape: Shape) -> str:
    return (
        f"{label} needs an image input (height, width, channels), but gets a flat "
        f"vector {_fmt(shape)}; it must come before any Flatten or Dense layer"
    )


def output_units(experiment: Experiment) -> int:
    dataset = experiment.dataset()
    return dataset.num_classes if dataset.task == "classification" else 1


def output_activation(experiment: Experiment) -> str:
    """The output activation: the user's override, else what the task needs."""
    chosen = experiment.output.activation.name
    if chosen != "auto":
        return chosen
    return "softmax" if experiment.dataset().task == "classification" else "linear"


def _has_bad_number(layer: Layer) -> bool:
    params = catalog.LAYER_KINDS[layer.kind].params
    return any(
        p.problem(layer.get(p.name, p.default)) for p in params if p.kind in ("int", "float")
    )


def infer(experiment: Experiment) -> list[LayerInfo]:
    """One LayerInfo per layer plus the output head; stops computing at the first misfit."""
    shape: Shape | None = experiment.feature_shape()
    infos = []
    for index, layer in enumerate(experiment.layers):
        if shape is None:
            infos.append(LayerInfo(index, layer.kind, summary(layer), None, 0))
            continue
        if _has_bad_number(layer):  # the field's own validation names it; no shape to show
            infos.append(LayerInfo(index, layer.kind, summary(layer), None, 0))
            shape = None
            continue
        out, params, problem = _infer_layer(layer, shape)
        infos.append(LayerInfo(index, layer.kind, summary(layer), out, params, problem))
        shape = out
    units = output_units(experiment)
    head = f"{units} units, {output_activation(experiment)}"
    if shape is None:
        infos.append(LayerInfo(-1, "output", head, None, 0))
    elif len(shape) != 1:
        infos.append(LayerInfo(-1, "output", head, None, 0, _needs_flat("The output", shape)))
    else:
        infos.append(LayerInfo(-1, "output", head, (units,), shape[0] * units + units))
    return infos


def probe_label(index: int, layer: Layer) -> str:
    """What the histograms call a layer: its position and kind, e.g. "2 Dense"."""
    return f"{index + 1} {catalog.LAYER_KINDS[layer.kind].label}"


def probe_labels(experiment: Experiment) -> list[str]:
    """The layers the live histograms show, in network order, ending with the output."""
    labels = [
        probe_label(i, la)
        for i, la in enumerate(experiment.layers)
        if la.kind in catalog.PROBED_KINDS
    ]
    return [*labels, OUTPUT_LABEL]


OUTPUT_LABEL = "Output"


def preprocessing_problem(experiment: Experiment) -> str | None:
    pre = experiment.data.preprocessing
    if pre.name not in ("pca", "whiten"):
        return None
    raw = experiment.input_shape()
    if len(raw) != 1:
        return f"PCA needs flat features, but the data are images {_fmt(raw)}"
    if pre.params["components"] > raw[0]:
        return f"PCA can keep at most {raw[0]} components here, not {pre.params['components']}"
    return None


def problems(infos: list[LayerInfo]) -> list[tuple[int, str]]:
    return [(i.index, i.problem) for i in infos if i.problem]


def total_params(infos: list[LayerInfo]) -> int:
    return sum(i.params for i in infos)


def describe(value: Any) -> str:
    return _fmt(value) if isinstance(value, tuple) else "?"
