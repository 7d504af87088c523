"""Putting an imported model at the start of an experiment (File > Import Model)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from core.i18n import translate
from core.model import spec
from core.model.imported import BaseFacts
from core.model.values import Layer, Pick


def with_base(
    experiment: spec.Experiment, path: Path, facts: BaseFacts
) -> tuple[spec.Experiment, str]:
    """The experiment with the model as its first layer (in place of an imported base it
    had), its head cut off and every layer frozen, and a sentence saying what changed."""
    base = spec.default_layer("imported")
    base = Layer("imported", {**base.params, "path": str(path)})
    rest = (
        experiment.layers[1:]
        if experiment.layers and experiment.layers[0].kind == "imported"
        else experiment.layers
    )
    experiment = experiment.with_layers((base, *rest))
    said = {"name": facts.origin or path.name, "count": len(facts.kept(1))}
    said["head"] = facts.cut_at(1).name
    if facts.preprocessing and experiment.data.preprocessing.name != "none":
        data = replace(experiment.data, preprocessing=Pick("none"))
        experiment = replace(experiment, data=data)
        message = translate(
            "transfer",
            "Imported {name}: {count} layers with weights, all frozen; its head ({head}) is "
            "replaced by this network's output; it scales its inputs itself, so the "
            "experiment's preprocessing is now none.",
        )
    else:
        message = translate(
            "transfer",
            "Imported {name}: {count} layers with weights, all frozen; its head ({head}) is "
            "replaced by this network's output.",
        )
    return experiment, message.format(**said)
