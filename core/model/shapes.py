"""Output shapes and parameter counts, computed without Keras.

Editing must stay instant (Keras takes seconds to import and builds slowly), so the
summary the window shows is arithmetic: each layer kind's own shape rule (catalog/layers.py)
applied in turn. Tests check it against Keras' own model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model import catalog
from core.model.catalog import format_shape
from core.model.catalog.layers import needs_flat
from core.model.values import Layer

Shape = tuple[int, ...]
# The output's name in the histograms and the run's files: "Output" there, whatever the
# language; shown to a user in theirs (``shown_label``).
OUTPUT_LABEL = QT_TRANSLATE_NOOP("shapes", "Output")


@dataclass(frozen=True)
class LayerInfo:
    index: int  # position in experiment.layers; -1 for the output head
    kind: str
    summary: str  # e.g. "64 units, relu"
    output_shape: Shape | None  # None when it cannot be computed
    params: int
    problem: str | None = None
    frozen: int = 0  # of ``params``, those that do not train


def _has_bad_number(layer: Layer) -> bool:
    params = catalog.LAYER_KINDS[layer.kind].params
    return any(
        p.problem(layer.get(p.name, p.default)) for p in params if p.kind in ("int", "float")
    )


def infer(
    layers: tuple[Layer, ...], shape: Shape | None, head_units: int, head_activation: str
) -> list[LayerInfo]:
    """One LayerInfo per layer plus the output head, starting from the shape the first
    layer sees; stops computing at the first misfit."""
    infos = []
    for index, layer in enumerate(layers):
        kind = catalog.LAYER_KINDS[layer.kind]
        summary = kind.summary(layer)
        if shape is None or _has_bad_number(layer):  # a bad field is named by its own check
            infos.append(LayerInfo(index, layer.kind, summary, None, 0))
            shape = None
            continue
        fit = kind.fit(layer, shape)
        infos.append(
            LayerInfo(index, layer.kind, summary, fit.shape, fit.params, fit.problem, fit.frozen)
        )
        shape = fit.shape
    head = translate("shapes", "{units} units, {activation}").format(
        units=head_units, activation=head_activation
    )
    if shape is None:
        infos.append(LayerInfo(-1, "output", head, None, 0))
    elif len(shape) != 1:
        problem = needs_flat(translate("shapes", "The output"), shape)
        infos.append(LayerInfo(-1, "output", head, None, 0, problem))
    else:
        params = shape[0] * head_units + head_units
        infos.append(LayerInfo(-1, "output", head, (head_units,), params))
    return infos


def input_shapes(infos: list[LayerInfo], first: Shape) -> list[Shape | None]:
    """The shape each layer receives: ``first``, then each layer's output in turn."""
    return [first, *(i.output_shape for i in infos[:-1])][: len(infos) - 1]


def layer_prefix(index: int, layer: Layer) -> str:
    """The name of a layer's Keras layers (their prefix): "l3_dense", "l3_dense_act"..."""
    return f"l{index + 1}_{layer.kind}"


def probe_label(index: int, layer: Layer) -> str:
    """What the histograms call a layer: its position and kind, e.g. "2 Dense"."""
    return f"{index + 1} {catalog.LAYER_KINDS[layer.kind].label_en}"  # it names files' parts


def probe_labels(layers: tuple[Layer, ...]) -> list[str]:
    """The layers the live histograms show, in network order, ending with the output."""
    labels = [
        probe_label(i, la) for i, la in enumerate(layers) if catalog.LAYER_KINDS[la.kind].probed
    ]
    return [*labels, OUTPUT_LABEL]


def shown_label(label: str) -> str:
    """A probe label as a user reads it: its kind in their language ("3 Residual block" is
    "3 잔차 블록"; Keras' names such as "2 Dense" stay)."""
    if label == OUTPUT_LABEL:
        return translate("shapes", OUTPUT_LABEL)
    number, _, kind = label.partition(" ")
    shown = next((k.label for k in catalog.LAYER_KINDS.values() if k.label_en == kind), None)
    return f"{number} {shown}" if shown else label


def problems(infos: list[LayerInfo]) -> list[tuple[int, str]]:
    return [(i.index, i.problem) for i in infos if i.problem]


def total_params(infos: list[LayerInfo]) -> int:
    return sum(i.params for i in infos)


def frozen_params(infos: list[LayerInfo]) -> int:
    return sum(i.frozen for i in infos)


def describe(value: Any) -> str:
    return format_shape(value) if isinstance(value, tuple) else "?"
