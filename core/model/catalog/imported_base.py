"""An imported model as a layer kind: a trained model's layers, its head cut off, some or
all of them frozen (File > Import Model; the transfer-learning lesson). What the file
holds is read without running it (core/model/imported.py); the engine loads it in Keras'
safe mode (``BaseStep``)."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Any

from core.i18n import translate
from core.model.catalog.calls import Call, Step
from core.model.catalog.data import Shape, format_shape
from core.model.catalog.layers import Fit, LayerKind, Probe
from core.model.imported import BaseError, BaseFacts, read_base
from core.model.values import Layer


@dataclass(frozen=True)
class BaseStep(Step):
    """Loads the imported model (Keras' safe mode: no code runs), cuts its head off,
    freezes all but ``training`` and calls it in inference mode: BatchNorm keeps its
    statistics, dropout and augmentation stay off (Keras' transfer-learning guide)."""

    cut: str = ""  # the first layer cut off: the base ends with its input
    training: tuple[str, ...] = ()
    name: str = ""

    def apply(self, keras: ModuleType, values: dict[str, Any]) -> None:
        model = self.call.make(keras)
        base = keras.Model(model.inputs, model.get_layer(self.cut).input, name=self.name)
        for layer in base.layers:
            layer.trainable = layer.name in self.training
        out = base(values["x"], training=False)
        # An outer layer to read the histograms from: the base's own output tensor
        # belongs to its inner graph.
        values["x"] = keras.layers.Identity(name=f"{self.name}_out")(out)


@dataclass(frozen=True)
class ImportedBase(LayerKind):
    """A trained model's layers, its head cut off, some or all of them frozen."""

    probed: bool = True

    def facts(self, layer: Layer) -> BaseFacts | str:
        """What the model file holds, or why it cannot be a base."""
        if not layer["path"].strip():
            return translate("catalog.imported_base", "choose a .keras model file to import")
        try:
            return read_base(layer["path"])
        except BaseError as err:
            return str(err)

    def training(self, layer: Layer, facts: BaseFacts) -> tuple[str, ...]:
        return facts.training(layer["cut"], layer["train_last"], layer["trainable"])

    def summary(self, layer: Layer) -> str:
        facts = self.facts(layer)
        if isinstance(facts, str):
            if not layer["path"].strip():
                return translate("catalog.imported_base", "no model yet")
            return translate("catalog.imported_base", "cannot be read")
        count, total = len(facts.kept(layer["cut"])), len(facts.layers)
        if count < 1:
            return translate("catalog.imported_base", "nothing kept")
        training = len(self.training(layer, facts))
        if not training:
            words = translate("catalog.imported_base", "{count} of {total} layers, frozen")
            return words.format(count=count, total=total)
        words = translate("catalog.imported_base", "{count} of {total} layers, {training} train")
        return words.format(count=count, total=total, training=training)

    def fit(self, layer: Layer, shape: Shape) -> Fit:
        facts = self.facts(layer)
        if isinstance(facts, str):
            return Fit(None, problem=facts)
        if tuple(shape) != facts.input_shape:
            message = translate(
                "catalog.imported_base",
                "the imported model takes inputs {expected}, but gets {shape}; it must come "
                "first, on data of its shape",
            )
            return Fit(
                None,
                problem=message.format(
                    expected=format_shape(facts.input_shape), shape=format_shape(shape)
                ),
            )
        cut, kept = layer["cut"], facts.kept(layer["cut"])
        if not kept:
            message = translate(
                "catalog.imported_base",
                "cutting off {cut} layers leaves none of the model's {total} layers with weights",
            )
            return Fit(None, problem=message.format(cut=cut, total=len(facts.layers)))
        names = [la.name for la in kept]
        unknown = [n for n in layer["trainable"] if n not in names]
        if unknown:
            message = translate(
                "catalog.imported_base",
                "the imported base has no layer {name} with weights (it keeps: {kept})",
            )
            return Fit(None, problem=message.format(name=repr(unknown[0]), kept=", ".join(names)))
        training = self.training(layer, facts)
        params = sum(la.params for la in kept)
        trains = sum(la.trainable_params for la in kept if la.name in training)
        return Fit(facts.cut_at(cut).input_shape, params, frozen=params - trains)

    def steps(self, layer: Layer, prefix: str, shape: Shape) -> tuple[Step, ...]:
        facts = self.facts(layer)
        assert not isinstance(facts, str), facts  # fit said so before anything is built
        load = Call("saving.load_model", (facts.path,), {"safe_mode": True, "compile": False})
        cut = facts.cut_at(layer["cut"]).name
        return (BaseStep(load, cut=cut, training=self.training(layer, facts), name=prefix),)

    def probe(self, label: str, layer: Layer, prefix: str) -> Probe:
        return Probe(label, f"{prefix}_out", None)

    def rate_factor(self, layer: Layer) -> float:
        return layer["rate_factor"]
