"""Experiment spec -> Keras model, through a whitelisted mapping (nothing is eval'd).

Every choice describes what it builds as Keras calls (core/model/catalog); this module
turns those into Keras objects and wires the layers in order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import keras

from core.i18n import translate
from core.model import catalog, shapes
from core.model.catalog import Probe, Scaling
from core.model.catalog.layers import value_range as value_range_of
from core.model.plan import Plan
from core.model.spec import Augmentation, Experiment, Pick


@dataclass(frozen=True)
class Built:
    model: keras.Model
    probes: tuple[Probe, ...]


def _make(pick: Pick, table: Mapping[str, catalog.Choice], **extra: Any) -> Any:
    return table[pick.name].call(**extra, **pick.params).make(keras)


def _preprocess(scaling: Scaling, x):
    """Scaling as Keras layers: a Normalization, then a frozen projection for PCA."""
    x = keras.layers.Normalization(
        mean=scaling.shift, variance=scaling.variance, name="preprocess"
    )(x)
    if scaling.projection is None:
        return x
    projection = keras.layers.Dense(
        scaling.projection.shape[1], use_bias=False, trainable=False, name="pca"
    )
    x = projection(x)
    projection.set_weights([scaling.projection])
    return x


def augmentation_layers(
    augmentation: Augmentation,
    image_shape: tuple[int, ...],
    value_range: tuple[float, float],
    seed: int = 0,
) -> list[keras.layers.Layer]:
    """Keras' random preprocessing layers: they change images in training only and
    pass them through unchanged at inference. ``value_range`` is the raw pixel range;
    each layer draws from its own seeded generator, so runs repeat exactly."""
    a, stack = augmentation, []
    if a.flip:
        stack.append(keras.layers.RandomFlip("horizontal", seed=seed, name="aug_flip"))
    if a.crop:
        # Padding by p and cropping back at a random place is a whole-pixel shift of up
        # to p with zeros coming in; Keras' RandomCrop would shrink the image at inference.
        height, width = image_shape[:2]
        stack.append(
            keras.layers.RandomTranslation(
                min(a.crop / height, 1.0),
                min(a.crop / width, 1.0),
                fill_mode="constant",
                interpolation="nearest",
                seed=seed + 1,
                name="aug_crop",
            )
        )
    if a.zoom:
        stack.append(
            keras.layers.RandomZoom(a.zoom, fill_mode="constant", seed=seed + 2, name="aug_zoom")
        )
    if a.rotation:
        stack.append(
            keras.layers.RandomRotation(
                a.rotation, fill_mode="constant", seed=seed + 3, name="aug_rotation"
            )
        )
    if a.brightness:
        stack.append(
            keras.layers.RandomBrightness(
                a.brightness, value_range, seed=seed + 4, name="aug_brightness"
            )
        )
    if a.contrast:
        stack.append(
            keras.layers.RandomContrast(
                a.contrast, value_range=value_range, seed=seed + 5, name="aug_contrast"
            )
        )
    return stack


def build(
    plan: Plan,
    scaling: Scaling | None = None,
    value_range: tuple[float, float] = (0.0, 1.0),
) -> Built:
    """Build the model; ``scaling`` (fitted on the training split) goes inside it.

    With the preprocessing inside, the saved model predicts from raw inputs and nobody
    has to re-implement it to use the model. Augmentation comes first, on raw pixels.
    Each layer kind says what it expands into (catalog/layers.py); this only wires it.
    """
    infos = plan.infos()
    problems = shapes.problems(infos)
    if problems:
        message = translate("engine.builder", "the network does not fit together: {problem}")
        raise ValueError(message.format(problem=problems[0][1]))
    experiment = plan.experiment
    shape = plan.input_shape()
    inputs = keras.Input(shape=shape, name="input")
    x = inputs
    for layer in augmentation_layers(
        experiment.data.augmentation, shape, value_range, experiment.seed
    ):
        x = layer(x)
    if scaling is not None:
        x = _preprocess(scaling, x)
    probes = []
    inputs_seen = shapes.input_shapes(infos, plan.feature_shape())
    for index, (layer, seen) in enumerate(zip(experiment.layers, inputs_seen, strict=True)):
        kind = catalog.LAYER_KINDS[layer.kind]
        prefix = shapes.layer_prefix(index, layer)
        values = {"x": x}
        for step in plan.layer_steps(index, seen):
            step.apply(keras, values)
        x = values["x"]
        probe = kind.probe(shapes.probe_label(index, layer), layer, prefix)
        if probe is not None:
            probes.append(probe)
    values = {"x": x}
    for step in plan.head_steps():
        step.apply(keras, values)
    out_pick = plan.output_pick()
    probes.append(
        Probe(
            shapes.OUTPUT_LABEL,
            "output",
            value_range_of(out_pick),
            out_pick.name,
            "output_dense",
            "output_dense",
        )
    )
    model = keras.Model(inputs, values["x"], name="layerlab")
    return Built(model, tuple(probes))


def optimizer(experiment: Experiment) -> keras.optimizers.Optimizer:
    clipping = experiment.training.clipping
    argument = catalog.CLIPPING[clipping.name].argument  # type: ignore[attr-defined]
    extra = {argument: clipping.params["threshold"]} if argument else {}
    return _make(experiment.training.optimizer, catalog.OPTIMIZERS, **extra)


def loss(plan: Plan) -> keras.losses.Loss:
    return _make(Pick(plan.loss_name()), catalog.LOSSES)


def metrics(plan: Plan) -> list:
    if not plan.classification:
        return ["mae"]
    if plan.one_hot_targets():
        return [keras.metrics.CategoricalAccuracy(name="accuracy")]
    return [keras.metrics.SparseCategoricalAccuracy(name="accuracy")]


def compile_model(built: Built, plan: Plan) -> None:
    chosen = optimizer(plan.experiment)
    for index, layer in enumerate(plan.experiment.layers):
        factor = catalog.LAYER_KINDS[layer.kind].rate_factor(layer)
        if factor != 1.0:
            variables = built.model.get_layer(shapes.layer_prefix(index, layer)).trainable_variables
            slow_down(chosen, variables, factor)
    built.model.compile(optimizer=chosen, loss=loss(plan), metrics=metrics(plan))


def slow_down(chosen: keras.optimizers.Optimizer, variables: list, factor: float) -> None:
    """``variables`` learn at ``factor`` times the optimizer's rate (an imported base's
    layers being fine-tuned), whatever the optimizer and its schedule: every optimizer
    updates one variable at a time through ``update_step``, given the rate."""
    if not variables:
        return
    keys = {chosen._var_key(v) for v in variables}
    update = chosen.update_step

    def update_step(gradient, variable, learning_rate):
        if chosen._var_key(variable) in keys:
            learning_rate = learning_rate * factor
        return update(gradient, variable, learning_rate)

    chosen.update_step = update_step
