"""An experiment as flat settings, each named by its place in the file
(``training.optimizer.learning_rate``, ``layers[0].kernel_initializer``): what runs are
compared by, what a sweep sets, and TensorBoard's hyperparameters."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from core.i18n import translate
from core.model.spec import Experiment

Value = bool | int | float | str
NOT_SET = "—"  # a setting one run has and another has not (a layer more, another choice)
IDENTITY = ("format", "version", "name")  # which file it is, not how it trains


def flat(experiment: Experiment) -> dict[str, Value]:
    """Every setting, by its place in the experiment file."""
    found: dict[str, Value] = {}

    def walk(value: Any, place: str) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, f"{place}.{key}" if place else key)
        elif isinstance(value, list | tuple):
            if value and all(isinstance(v, dict) for v in value):
                for index, inner in enumerate(value):
                    walk(inner, f"{place}[{index}]")
            else:
                found[place] = ", ".join(str(v) for v in value)
        elif isinstance(value, bool | int | float | str):
            found[place] = value

    walk(experiment.to_dict(), "")
    return {k: v for k, v in found.items() if k not in IDENTITY}


def differing(settings: Sequence[Mapping[str, Value]]) -> list[str]:
    """The places whose value is not the same in all (in the order of the first)."""
    places = list(dict.fromkeys(key for one in settings for key in one))
    return [
        place for place in places if len({repr(one.get(place, NOT_SET)) for one in settings}) > 1
    ]


def short(place: str) -> str:
    """A place as a legend says it: its last part, with the layer it belongs to."""
    head, _, last = place.rpartition(".")
    layer = head.split(".")[0] if head.startswith("layers[") else ""
    return f"{layer}.{last}" if layer else last or place


def groups(places: Sequence[str]) -> dict[str, list[str]]:
    """The places by field: the same field of several layers is one group
    ("kernel_initializer": layers[0] to layers[4]), any other place a group of its own."""
    found: dict[str, list[str]] = {}
    for place in places:
        match = re.fullmatch(r"layers\[\d+\]\.(.+)", place)
        found.setdefault(f"layers.{match.group(1)}" if match else place, []).append(place)
    return found


def label(key: str, members: list[str]) -> str:
    """A group of places by name: the place itself, or the field every layer shares."""
    if len(members) == 1:
        return short(members[0])
    return key.split(".", 1)[1]


def names(places: Sequence[str]) -> str:
    """What differs, in a few words: "kernel_initializer (5 layers), batch_size"."""
    words = []
    several = translate("settings", "{field} ({count} layers)")
    for key, members in groups(places).items():
        name = label(key, members)
        words.append(several.format(field=name, count=len(members)) if len(members) > 1 else name)
    return ", ".join(words)


def describe(one: Mapping[str, Value], places: Sequence[str]) -> str:
    """What sets a run apart: "kernel_initializer: glorot_uniform, batch_size: 64" (one
    value for a field all its layers share, else each layer's, split by "/")."""
    parts = []
    for key, members in groups(places).items():
        values = [str(one.get(p, NOT_SET)) for p in members]
        shown = values[0] if len(set(values)) == 1 else "/".join(values)
        parts.append(f"{label(key, members)}: {shown}")
    return ", ".join(parts) or translate("settings", "same settings")
