"""Every layer kind the editor offers, with its fields: one table, read by the forms,
validation, the builder, tooltips and the script export (what each kind does is its
class's, in layers.py and imported_base.py)."""

from __future__ import annotations

from core.model.catalog.functions import ACTIVATIONS, INITIALIZERS
from core.model.catalog.imported_base import ImportedBase
from core.model.catalog.layers import (
    Activation,
    BatchNorm,
    Conv2D,
    Dense,
    Dropout,
    Flatten,
    GlobalPooling,
    LayerKind,
    Pooling,
    Residual,
)
from core.model.catalog.params import Choice, Param
from core.model.catalog.params import table as _table


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


LAYER_KINDS: dict[str, LayerKind] = _table(  # type: ignore[assignment]
    Dense(
        "dense",
        "Dense",
        "Fully connected: every input feeds every unit.",
        params=(_units(64), *_weighted("he_normal")),
    ),
    Conv2D(
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
    Pooling(
        "max_pool2d",
        "MaxPooling2D",
        "Max pooling: keeps the strongest response in each window.",
        params=_pool(2),
        keras_class="layers.MaxPooling2D",
    ),
    Pooling(
        "avg_pool2d",
        "AveragePooling2D",
        "Average pooling: the mean of each window.",
        params=_pool(2),
        keras_class="layers.AveragePooling2D",
    ),
    GlobalPooling(
        "global_avg_pool2d",
        "GlobalAveragePooling2D",
        "One number per channel: the mean over the whole image.",
        keras_class="layers.GlobalAveragePooling2D",
    ),
    Flatten(
        "flatten",
        "Flatten",
        "Unrolls an image into a vector for dense layers.",
        keras_class="layers.Flatten",
    ),
    Dropout(
        "dropout",
        "Dropout",
        "Drops a random share of units in training only: an implicit ensemble against "
        "over-fitting.",
        params=(Param("rate", "rate", "float", 0.2, minimum=0.0, maximum=1.0, maximum_open=True),),
        keras_class="layers.Dropout",
    ),
    BatchNorm(
        "batch_norm",
        "BatchNormalization",
        "Normalizes each mini-batch to mean 0, variance 1: learns faster, depends less on "
        "the initial weights.",
        probed=True,
        keras_class="layers.BatchNormalization",
    ),
    Activation(
        "activation",
        "Activation",
        "A standalone non-linearity.",
        params=(Param("activation", "activation", "choice", "relu", options=ACTIVATIONS),),
        probed=True,
    ),
    ImportedBase(
        "imported",
        "Imported model",
        "Transfer learning: a trained model's layers (its head cut off) reused as the start "
        "of this network; frozen, they keep what they learned.",
        params=(
            Param(
                "path",
                "model file",
                "model",
                "",
                help="A Keras .keras file (a LayerLab run's model.keras, too), read in Keras' "
                "safe mode: a model holding code is refused.",
            ),
            Param(
                "cut",
                "cut off the last",
                "int",
                1,
                minimum=1,
                help="How many of the model's last layers with weights are cut off (with "
                "what follows them): 1 drops only its head; more keeps only its first, "
                "general layers (a CNN's convolutions) and drops the task's own.",
            ),
            Param(
                "train_last",
                "train the last",
                "int",
                0,
                minimum=0,
                help="How many of the kept layers with weights train, counted from the last "
                "(fine-tuning); "
                "0 freezes the whole base (feature extraction: little data, similar task).",
            ),
            Param(
                "trainable",
                "also train",
                "names",
                (),
                help="Base layers, by name, that train as well (one by one).",
            ),
            Param(
                "rate_factor",
                "fine-tuning rate",
                "float",
                0.1,
                minimum=0.0,
                maximum=1.0,
                help="The base's training layers learn at this share of the learning rate: "
                "fine-tuning takes small steps so it does not wreck what was learned.",
            ),
        ),
    ),
    Residual(
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
