"""Experiment spec -> Keras model, through a whitelisted mapping (nothing is eval'd).

Each weighted layer is built as weights -> [BatchNorm] -> activation -> [Dropout], so
BatchNorm sits before the activation as the lessons place it and the activation output
has a layer of its own for the probes to read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import keras

from core import catalog, shapes
from core.data import Scaling
from core.spec import Augmentation, Experiment, Layer, Pick


@dataclass(frozen=True)
class Probe:
    label: str  # what the window calls the layer, e.g. "2 Dense"
    layer_name: str  # the Keras layer whose output is shown
    value_range: tuple[float, float] | None
    activation: str = ""  # the activation function's name, "" for none
    pre_name: str | None = None  # the Keras layer holding the pre-activation values
    weights_name: str | None = None  # the Keras layer holding the kernel


@dataclass(frozen=True)
class Built:
    model: keras.Model
    probes: tuple[Probe, ...]


def _make(pick: Pick, table: dict[str, catalog.Choice], **extra: Any) -> Any:
    return table[pick.name].keras(keras, **extra, **pick.params)


def _activation(pick: Pick, name: str) -> keras.layers.Layer:
    return _make(pick, catalog.ACTIVATIONS, name=name)


def _value_range(pick: Pick) -> tuple[float, float] | None:
    return getattr(catalog.ACTIVATIONS[pick.name], "value_range", None)


def _regularizer(layer: Layer) -> keras.regularizers.Regularizer | None:
    if not layer["l1"] and not layer["l2"]:
        return None
    return keras.regularizers.L1L2(l1=layer["l1"], l2=layer["l2"])


def _weights(layer: Layer, name: str, kind: str | None = None) -> keras.layers.Layer:
    common = {
        "activation": None,
        "kernel_initializer": _make(layer["kernel_initializer"], catalog.INITIALIZERS),
        "bias_initializer": _make(layer["bias_initializer"], catalog.INITIALIZERS),
        "kernel_regularizer": _regularizer(layer),
        "name": name,
    }
    kind = kind or layer.kind
    if kind == "dense":
        return keras.layers.Dense(layer["units"], **common)
    if layer.kind == "residual":
        return keras.layers.Conv2D(layer["units"], layer["kernel_size"], padding="same", **common)
    return keras.layers.Conv2D(
        layer["filters"],
        layer["kernel_size"],
        strides=layer["strides"],
        padding=layer["padding"].name,
        **common,
    )


def _plain(layer: Layer, name: str) -> keras.layers.Layer:
    kind = layer.kind
    if kind == "max_pool2d":
        return keras.layers.MaxPooling2D(layer["pool_size"], name=name)
    if kind == "avg_pool2d":
        return keras.layers.AveragePooling2D(layer["pool_size"], name=name)
    if kind == "global_avg_pool2d":
        return keras.layers.GlobalAveragePooling2D(name=name)
    if kind == "flatten":
        return keras.layers.Flatten(name=name)
    if kind == "dropout":
        return keras.layers.Dropout(layer["rate"], name=name)
    if kind == "batch_norm":
        return keras.layers.BatchNormalization(name=name)
    if kind == "activation":
        return _activation(layer["activation"], name)
    raise ValueError(f"no Keras mapping for layer kind {kind!r}")


def _residual(layer: Layer, prefix: str, x):
    """weights -> [BN] -> act -> weights -> [BN] -> add skip -> act -> [Dropout]."""
    block = layer["block"].name
    skip = x
    for part in (1, 2):
        x = _weights(layer, f"{prefix}_{block}{part}", block)(x)
        if layer["batch_norm"]:
            x = keras.layers.BatchNormalization(name=f"{prefix}_bn{part}")(x)
        if part == 1:
            x = _activation(layer["activation"], f"{prefix}_act1")(x)
    if skip.shape[-1] != layer["units"]:
        projection = keras.layers.Dense if block == "dense" else keras.layers.Conv2D
        size = () if block == "dense" else (1,)
        skip = projection(layer["units"], *size, name=f"{prefix}_projection")(skip)
    x = keras.layers.Add(name=f"{prefix}_add")([x, skip])
    x = _activation(layer["activation"], f"{prefix}_act")(x)
    if layer["dropout"]:
        x = keras.layers.Dropout(layer["dropout"], name=f"{prefix}_dropout")(x)
    return x


def _stack(layer: Layer, prefix: str) -> list[keras.layers.Layer]:
    """The Keras layers one spec layer expands into."""
    if layer.kind not in ("dense", "conv2d"):
        return [_plain(layer, prefix)]
    stack = [_weights(layer, prefix)]
    if layer["batch_norm"]:
        stack.append(keras.layers.BatchNormalization(name=f"{prefix}_bn"))
    stack.append(_activation(layer["activation"], f"{prefix}_act"))
    if layer["dropout"]:
        stack.append(keras.layers.Dropout(layer["dropout"], name=f"{prefix}_dropout"))
    return stack


def _probe(index: int, layer: Layer, prefix: str) -> Probe:
    """Where the histograms read a spec layer: after, before and inside its activation."""
    label = shapes.probe_label(index, layer)
    activation = layer["activation"].name if "activation" in layer.params else ""
    value_range = _value_range(layer["activation"]) if activation else None
    if layer.kind == "residual":
        weights = f"{prefix}_{layer['block'].name}1"
        return Probe(label, f"{prefix}_act", value_range, activation, f"{prefix}_add", weights)
    if layer.kind in ("dense", "conv2d"):
        pre = f"{prefix}_bn" if layer["batch_norm"] else prefix
        return Probe(label, f"{prefix}_act", value_range, activation, pre, prefix)
    return Probe(label, prefix, value_range, activation)


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
    experiment: Experiment,
    scaling: Scaling | None = None,
    value_range: tuple[float, float] = (0.0, 1.0),
) -> Built:
    """Build the model; ``scaling`` (fitted on the training split) goes inside it.

    With the preprocessing inside, the saved model predicts from raw inputs and nobody
    has to re-implement it to use the model. Augmentation comes first, on raw pixels.
    """
    problems = shapes.problems(shapes.infer(experiment))
    if problems:
        raise ValueError(f"the network does not fit together: {problems[0][1]}")
    shape = experiment.input_shape()
    inputs = keras.Input(shape=shape, name="input")
    x = inputs
    augmentation = experiment.data.augmentation
    for layer in augmentation_layers(augmentation, shape, value_range, experiment.seed):
        x = layer(x)
    if scaling is not None:
        x = _preprocess(scaling, x)
    probes = []
    for index, layer in enumerate(experiment.layers):
        prefix = f"l{index + 1}_{layer.kind}"
        if layer.kind == "residual":
            x = _residual(layer, prefix, x)
        else:
            for keras_layer in _stack(layer, prefix):
                x = keras_layer(x)
        if layer.kind in catalog.PROBED_KINDS:
            probes.append(_probe(index, layer, prefix))
    head = experiment.output
    x = keras.layers.Dense(
        shapes.output_units(experiment),
        kernel_initializer=_make(head.kernel_initializer, catalog.INITIALIZERS),
        name="output_dense",
    )(x)
    out_pick = Pick(shapes.output_activation(experiment))
    outputs = _activation(out_pick, "output")(x)
    probes.append(
        Probe(
            shapes.OUTPUT_LABEL,
            "output",
            _value_range(out_pick),
            out_pick.name,
            "output_dense",
            "output_dense",
        )
    )
    model = keras.Model(inputs, outputs, name="layerlab")
    return Built(model, tuple(probes))


_CLIP_ARGUMENTS = {"norm": "clipnorm", "global_norm": "global_clipnorm", "value": "clipvalue"}


def optimizer(experiment: Experiment) -> keras.optimizers.Optimizer:
    clipping = experiment.training.clipping
    extra = {}
    if clipping.name in _CLIP_ARGUMENTS:
        extra[_CLIP_ARGUMENTS[clipping.name]] = clipping.params["threshold"]
    return _make(experiment.training.optimizer, catalog.OPTIMIZERS, **extra)


def loss_name(experiment: Experiment) -> str:
    name = experiment.training.loss.name
    if name == "auto":
        return "crossentropy" if experiment.dataset().task == "classification" else "mse"
    return name


def one_hot_targets(experiment: Experiment) -> bool:
    """A classifier trained with MSE, MAE or Huber compares probabilities with one-hot
    rows; cross-entropy takes the class numbers as they are."""
    classification = experiment.dataset().task == "classification"
    return classification and loss_name(experiment) != "crossentropy"


def loss(experiment: Experiment) -> keras.losses.Loss:
    return _make(Pick(loss_name(experiment)), catalog.LOSSES)


def metrics(experiment: Experiment) -> list:
    if experiment.dataset().task != "classification":
        return ["mae"]
    if one_hot_targets(experiment):
        return [keras.metrics.CategoricalAccuracy(name="accuracy")]
    return [keras.metrics.SparseCategoricalAccuracy(name="accuracy")]


def compile_model(built: Built, experiment: Experiment) -> None:
    built.model.compile(
        optimizer=optimizer(experiment), loss=loss(experiment), metrics=metrics(experiment)
    )
