"""Every layer kind the editor offers, with its fields: one table, read by the forms,
validation, the builder, tooltips and the script export (what each kind does is its
class's, in layers.py and imported_base.py)."""

from __future__ import annotations

from core.i18n import QT_TRANSLATE_NOOP
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
    return Param(
        "units",
        QT_TRANSLATE_NOOP("catalog.layer_kinds", "units"),
        "int",
        default,
        minimum=1,
        help_en=QT_TRANSLATE_NOOP("catalog.layer_kinds", "Number of neurons."),
    )


ACTIVATION = Param(
    "activation",
    QT_TRANSLATE_NOOP("catalog.layer_kinds", "activation"),
    "choice",
    "relu",
    options=ACTIVATIONS,
)


def _weighted(kernel_default: str) -> tuple[Param, ...]:
    """Fields shared by every layer that owns weights."""
    return (
        ACTIVATION,
        Param(
            "kernel_initializer",
            QT_TRANSLATE_NOOP("catalog.layer_kinds", "kernel init"),
            "choice",
            kernel_default,
            options=INITIALIZERS,
        ),
        Param(
            "bias_initializer",
            QT_TRANSLATE_NOOP("catalog.layer_kinds", "bias init"),
            "choice",
            "zeros",
            options=INITIALIZERS,
        ),
        Param(
            "l1",
            "L1",
            "float",
            0.0,
            minimum=0.0,
            help_en=QT_TRANSLATE_NOOP("catalog.layer_kinds", "LASSO: drives weights to exactly 0."),
        ),
        Param(
            "l2",
            "L2",
            "float",
            0.0,
            minimum=0.0,
            help_en=QT_TRANSLATE_NOOP(
                "catalog.layer_kinds", "Ridge / weight decay: shrinks weights."
            ),
        ),
        Param(
            "batch_norm",
            QT_TRANSLATE_NOOP("catalog.layer_kinds", "BatchNorm"),
            "bool",
            False,
            help_en=QT_TRANSLATE_NOOP(
                "catalog.layer_kinds",
                "Insert BatchNormalization between the weights and the activation.",
            ),
        ),
        Param(
            "dropout",
            QT_TRANSLATE_NOOP("catalog.layer_kinds", "dropout after"),
            "float",
            0.0,
            minimum=0.0,
            maximum=1.0,
            maximum_open=True,
            help_en=QT_TRANSLATE_NOOP(
                "catalog.layer_kinds", "Dropout rate after the activation; 0 means none."
            ),
        ),
    )


def _pool(default: int) -> tuple[Param, ...]:
    return (
        Param(
            "pool_size",
            QT_TRANSLATE_NOOP("catalog.layer_kinds", "pool size"),
            "int",
            default,
            minimum=1,
        ),
    )


LAYER_KINDS: dict[str, LayerKind] = _table(  # type: ignore[assignment]
    Dense(
        "dense",
        "Dense",
        QT_TRANSLATE_NOOP(
            "catalog.layer_kinds",
            "Fully connected: every input feeds every unit.",
        ),
        params=(_units(64), *_weighted("he_normal")),
    ),
    Conv2D(
        "conv2d",
        "Conv2D",
        QT_TRANSLATE_NOOP(
            "catalog.layer_kinds",
            "Convolution: small shared filters slide over the image (VGG uses only 3x3).",
        ),
        params=(
            Param(
                "filters", QT_TRANSLATE_NOOP("catalog.layer_kinds", "filters"), "int", 16, minimum=1
            ),
            Param(
                "kernel_size",
                QT_TRANSLATE_NOOP("catalog.layer_kinds", "kernel size"),
                "int",
                3,
                minimum=1,
            ),
            Param(
                "strides", QT_TRANSLATE_NOOP("catalog.layer_kinds", "stride"), "int", 1, minimum=1
            ),
            Param(
                "padding",
                QT_TRANSLATE_NOOP("catalog.layer_kinds", "padding"),
                "choice",
                "same",
                options=_table(
                    Choice(
                        "same",
                        QT_TRANSLATE_NOOP("catalog.layer_kinds", "same"),
                        QT_TRANSLATE_NOOP(
                            "catalog.layer_kinds", "Pad so the output keeps the input size."
                        ),
                    ),
                    Choice(
                        "valid",
                        QT_TRANSLATE_NOOP("catalog.layer_kinds", "valid"),
                        QT_TRANSLATE_NOOP("catalog.layer_kinds", "No padding: the output shrinks."),
                    ),
                ),
            ),
            *_weighted("he_normal"),
        ),
    ),
    Pooling(
        "max_pool2d",
        "MaxPooling2D",
        QT_TRANSLATE_NOOP(
            "catalog.layer_kinds",
            "Max pooling: keeps the strongest response in each window.",
        ),
        params=_pool(2),
        keras_class="layers.MaxPooling2D",
    ),
    Pooling(
        "avg_pool2d",
        "AveragePooling2D",
        QT_TRANSLATE_NOOP(
            "catalog.layer_kinds",
            "Average pooling: the mean of each window.",
        ),
        params=_pool(2),
        keras_class="layers.AveragePooling2D",
    ),
    GlobalPooling(
        "global_avg_pool2d",
        "GlobalAveragePooling2D",
        QT_TRANSLATE_NOOP(
            "catalog.layer_kinds",
            "One number per channel: the mean over the whole image.",
        ),
        keras_class="layers.GlobalAveragePooling2D",
    ),
    Flatten(
        "flatten",
        "Flatten",
        QT_TRANSLATE_NOOP(
            "catalog.layer_kinds",
            "Unrolls an image into a vector for dense layers.",
        ),
        keras_class="layers.Flatten",
    ),
    Dropout(
        "dropout",
        "Dropout",
        QT_TRANSLATE_NOOP(
            "catalog.layer_kinds",
            "Drops a random share of units in training only: an implicit ensemble against "
            "over-fitting.",
        ),
        params=(
            Param(
                "rate",
                QT_TRANSLATE_NOOP("catalog.layer_kinds", "rate"),
                "float",
                0.2,
                minimum=0.0,
                maximum=1.0,
                maximum_open=True,
            ),
        ),
        keras_class="layers.Dropout",
    ),
    BatchNorm(
        "batch_norm",
        "BatchNormalization",
        QT_TRANSLATE_NOOP(
            "catalog.layer_kinds",
            "Normalizes each mini-batch to mean 0, variance 1: learns faster, depends less on "
            "the initial weights.",
        ),
        probed=True,
        keras_class="layers.BatchNormalization",
    ),
    Activation(
        "activation",
        "Activation",
        QT_TRANSLATE_NOOP(
            "catalog.layer_kinds",
            "A standalone non-linearity.",
        ),
        params=(ACTIVATION,),
        probed=True,
    ),
    ImportedBase(
        "imported",
        QT_TRANSLATE_NOOP("catalog.layer_kinds", "Imported model"),
        QT_TRANSLATE_NOOP(
            "catalog.layer_kinds",
            "Transfer learning: a trained model's layers (its head cut off) reused as the start "
            "of this network; frozen, they keep what they learned.",
        ),
        params=(
            Param(
                "path",
                QT_TRANSLATE_NOOP("catalog.layer_kinds", "model file"),
                "model",
                "",
                help_en=QT_TRANSLATE_NOOP(
                    "catalog.layer_kinds",
                    "A Keras .keras file (a LayerLab run's model.keras, too), read in Keras' "
                    "safe mode: a model holding code is refused.",
                ),
            ),
            Param(
                "cut",
                QT_TRANSLATE_NOOP("catalog.layer_kinds", "cut off the last"),
                "int",
                1,
                minimum=1,
                help_en=QT_TRANSLATE_NOOP(
                    "catalog.layer_kinds",
                    "How many of the model's last layers with weights are cut off (with "
                    "what follows them): 1 drops only its head; more keeps only its first, "
                    "general layers (a CNN's convolutions) and drops the task's own.",
                ),
            ),
            Param(
                "train_last",
                QT_TRANSLATE_NOOP("catalog.layer_kinds", "train the last"),
                "int",
                0,
                minimum=0,
                help_en=QT_TRANSLATE_NOOP(
                    "catalog.layer_kinds",
                    "How many of the kept layers with weights train, counted from the last "
                    "(fine-tuning); "
                    "0 freezes the whole base (feature extraction: little data, similar task).",
                ),
            ),
            Param(
                "trainable",
                QT_TRANSLATE_NOOP("catalog.layer_kinds", "also train"),
                "names",
                (),
                help_en=QT_TRANSLATE_NOOP(
                    "catalog.layer_kinds", "Base layers, by name, that train as well (one by one)."
                ),
            ),
            Param(
                "rate_factor",
                QT_TRANSLATE_NOOP("catalog.layer_kinds", "fine-tuning rate"),
                "float",
                0.1,
                minimum=0.0,
                maximum=1.0,
                help_en=QT_TRANSLATE_NOOP(
                    "catalog.layer_kinds",
                    "The base's training layers learn at this share of the learning rate: "
                    "fine-tuning takes small steps so it does not wreck what was learned.",
                ),
            ),
        ),
    ),
    Residual(
        "residual",
        QT_TRANSLATE_NOOP("catalog.layer_kinds", "Residual block"),
        QT_TRANSLATE_NOOP(
            "catalog.layer_kinds",
            "ResNet's idea: two layers plus a skip connection that adds the input back, so "
            "very deep networks still train.",
        ),
        params=(
            Param(
                "block",
                QT_TRANSLATE_NOOP("catalog.layer_kinds", "block"),
                "choice",
                "dense",
                options=_table(
                    Choice(
                        "dense",
                        QT_TRANSLATE_NOOP("catalog.layer_kinds", "two Dense"),
                        QT_TRANSLATE_NOOP(
                            "catalog.layer_kinds", "Two fully connected layers and a skip."
                        ),
                    ),
                    Choice(
                        "conv2d",
                        QT_TRANSLATE_NOOP("catalog.layer_kinds", "two Conv2D"),
                        QT_TRANSLATE_NOOP(
                            "catalog.layer_kinds", "Two same-padded convolutions and a skip."
                        ),
                    ),
                ),
            ),
            Param(
                "units",
                QT_TRANSLATE_NOOP("catalog.layer_kinds", "units / filters"),
                "int",
                64,
                minimum=1,
            ),
            Param(
                "kernel_size",
                QT_TRANSLATE_NOOP("catalog.layer_kinds", "kernel size"),
                "int",
                3,
                minimum=1,
                help_en=QT_TRANSLATE_NOOP("catalog.layer_kinds", "Conv2D blocks only."),
            ),
            *_weighted("he_normal"),
        ),
    ),
)
