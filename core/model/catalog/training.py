"""How a network trains: optimizers, gradient clipping, early stopping and losses."""

from __future__ import annotations

from dataclasses import dataclass

from core.i18n import QT_TRANSLATE_NOOP
from core.model.catalog.calls import Call
from core.model.catalog.params import Choice, Param
from core.model.catalog.params import plain as _plain
from core.model.catalog.params import table as _table


@dataclass(frozen=True)
class OptimizerChoice(Choice):
    slots: int = 0  # values it keeps per weight (momentum, squared gradients, ...)


@dataclass(frozen=True)
class ClipChoice(Choice):
    argument: str = ""  # the optimizer's argument that sets the threshold ("": none)


def _optimizer(cls: str, **fixed):
    return lambda **p: Call(f"optimizers.{cls}", kwargs={**fixed, **p})


def _lr(default: float = 0.001) -> Param:
    return Param(
        "learning_rate",
        QT_TRANSLATE_NOOP("catalog.training", "learning rate"),
        "float",
        default,
        minimum=0.0,
        help_en=QT_TRANSLATE_NOOP(
            "catalog.training", "Too high: the loss explodes; too low: it crawls."
        ),
    )


def _unit(name: str, label: str, default: float) -> Param:
    return Param(name, label, "float", default, minimum=0.0, maximum=1.0, maximum_open=True)


def _eps() -> Param:
    return Param(
        "epsilon", QT_TRANSLATE_NOOP("catalog.training", "epsilon"), "float", 1e-7, minimum=0.0
    )


def _betas() -> tuple[Param, Param]:
    return _unit("beta_1", QT_TRANSLATE_NOOP("catalog.training", "beta 1"), 0.9), _unit(
        "beta_2", QT_TRANSLATE_NOOP("catalog.training", "beta 2"), 0.999
    )


OPTIMIZERS: dict[str, Choice] = _table(
    OptimizerChoice(
        "sgd",
        "SGD",
        QT_TRANSLATE_NOOP(
            "catalog.training",
            "Mini-batch stochastic gradient descent: w -= lr * grad.",
        ),
        params=(_lr(0.01),),
        call=_optimizer("SGD"),
        slots=0,
    ),
    OptimizerChoice(
        "momentum",
        QT_TRANSLATE_NOOP("catalog.training", "SGD + momentum"),
        QT_TRANSLATE_NOOP(
            "catalog.training",
            "Momentum: v = m*v - lr*grad; rolls through flat regions and damps zig-zags.",
        ),
        params=(
            _lr(0.01),
            _unit("momentum", QT_TRANSLATE_NOOP("catalog.training", "momentum"), 0.9),
        ),
        call=_optimizer("SGD"),
        slots=1,
    ),
    OptimizerChoice(
        "nesterov",
        QT_TRANSLATE_NOOP("catalog.training", "Nesterov momentum"),
        QT_TRANSLATE_NOOP(
            "catalog.training",
            "Nesterov: momentum that looks ahead before it steps.",
        ),
        params=(
            _lr(0.01),
            _unit("momentum", QT_TRANSLATE_NOOP("catalog.training", "momentum"), 0.9),
        ),
        call=_optimizer("SGD", nesterov=True),
        slots=1,
    ),
    OptimizerChoice(
        "adagrad",
        "Adagrad",
        QT_TRANSLATE_NOOP(
            "catalog.training",
            "Adagrad: per-weight rates that shrink with the squared gradients seen so far.",
        ),
        params=(_lr(0.01), _eps()),
        call=_optimizer("Adagrad"),
        slots=1,
    ),
    OptimizerChoice(
        "rmsprop",
        "RMSProp",
        QT_TRANSLATE_NOOP(
            "catalog.training",
            "RMSProp: Adagrad with a moving average, so the rate does not die out.",
        ),
        params=(
            _lr(),
            _unit("rho", QT_TRANSLATE_NOOP("catalog.training", "rho"), 0.9),
            _unit("momentum", QT_TRANSLATE_NOOP("catalog.training", "momentum"), 0.0),
            _eps(),
        ),
        call=_optimizer("RMSprop"),
        slots=2,
    ),
    OptimizerChoice(
        "adam",
        "Adam",
        QT_TRANSLATE_NOOP(
            "catalog.training",
            "Adam: momentum plus RMSProp scaling. If unsure, use Adam.",
        ),
        params=(_lr(), *_betas(), _eps()),
        call=_optimizer("Adam"),
        slots=2,
    ),
    OptimizerChoice(
        "adamw",
        "AdamW",
        QT_TRANSLATE_NOOP(
            "catalog.training",
            "AdamW: Adam with weight decay applied directly to the weights.",
        ),
        params=(
            _lr(),
            Param(
                "weight_decay",
                QT_TRANSLATE_NOOP("catalog.training", "weight decay"),
                "float",
                0.004,
                minimum=0.0,
            ),
            *_betas(),
            _eps(),
        ),
        call=_optimizer("AdamW"),
        slots=2,
    ),
    OptimizerChoice(
        "nadam",
        "Nadam",
        QT_TRANSLATE_NOOP(
            "catalog.training",
            "Nadam: Adam with Nesterov momentum.",
        ),
        params=(_lr(), *_betas(), _eps()),
        call=_optimizer("Nadam"),
        slots=2,
    ),
)


def _threshold() -> tuple[Param, ...]:
    return (
        Param(
            "threshold",
            QT_TRANSLATE_NOOP("catalog.training", "threshold"),
            "float",
            1.0,
            minimum=1e-12,
            help_en=QT_TRANSLATE_NOOP("catalog.training", "theta; the lessons suggest 1 or 10."),
        ),
    )


CLIPPING: dict[str, Choice] = _table(
    ClipChoice(
        "none",
        QT_TRANSLATE_NOOP("catalog.training", "None"),
        QT_TRANSLATE_NOOP("catalog.training", "Gradients are used as they are; they may explode."),
    ),
    ClipChoice(
        "norm",
        QT_TRANSLATE_NOOP("catalog.training", "By norm (per weight)"),
        QT_TRANSLATE_NOOP(
            "catalog.training",
            "Rescale each weight's gradient so its norm is at most theta.",
        ),
        params=_threshold(),
        argument="clipnorm",
    ),
    ClipChoice(
        "global_norm",
        QT_TRANSLATE_NOOP("catalog.training", "By global norm"),
        QT_TRANSLATE_NOOP(
            "catalog.training",
            "Rescale all gradients together so their joint norm is at most theta.",
        ),
        params=_threshold(),
        argument="global_clipnorm",
    ),
    ClipChoice(
        "value",
        QT_TRANSLATE_NOOP("catalog.training", "By value"),
        QT_TRANSLATE_NOOP(
            "catalog.training",
            "Cut every gradient component to [-theta, theta].",
        ),
        params=_threshold(),
        argument="clipvalue",
    ),
)

MONITORS = _plain(
    (
        "val_loss",
        QT_TRANSLATE_NOOP("catalog.training", "validation loss"),
        QT_TRANSLATE_NOOP("catalog.training", "Stop when the validation loss stops falling."),
    ),
    (
        "val_accuracy",
        QT_TRANSLATE_NOOP("catalog.training", "validation accuracy"),
        QT_TRANSLATE_NOOP("catalog.training", "Stop when validation accuracy stops rising."),
    ),
    (
        "loss",
        QT_TRANSLATE_NOOP("catalog.training", "training loss"),
        QT_TRANSLATE_NOOP("catalog.training", "Stop when the training loss stops falling."),
    ),
)

EARLY_STOPPING: dict[str, Choice] = _table(
    Choice(
        "off",
        QT_TRANSLATE_NOOP("catalog.training", "Off"),
        QT_TRANSLATE_NOOP("catalog.training", "Train for every epoch."),
    ),
    Choice(
        "on",
        QT_TRANSLATE_NOOP("catalog.training", "On"),
        QT_TRANSLATE_NOOP(
            "catalog.training",
            "Watch a validation metric and stop when it starts to get worse.",
        ),
        params=(
            Param(
                "monitor",
                QT_TRANSLATE_NOOP("catalog.training", "watch"),
                "choice",
                "val_loss",
                options=MONITORS,
            ),
            Param(
                "patience",
                QT_TRANSLATE_NOOP("catalog.training", "patience (epochs)"),
                "int",
                5,
                minimum=1,
            ),
            Param(
                "min_delta",
                QT_TRANSLATE_NOOP("catalog.training", "smallest improvement"),
                "float",
                0.0,
                minimum=0.0,
            ),
            Param(
                "restore_best",
                QT_TRANSLATE_NOOP("catalog.training", "restore best weights"),
                "bool",
                True,
            ),
        ),
        call=lambda monitor, patience, min_delta, restore_best: Call(
            "callbacks.EarlyStopping",
            kwargs={
                "monitor": monitor.name,
                "patience": patience,
                "min_delta": min_delta,
                "restore_best_weights": restore_best,
            },
        ),
    ),
)

LOSSES: dict[str, Choice] = _table(
    Choice(
        "auto",
        QT_TRANSLATE_NOOP("catalog.training", "Follow the task"),
        QT_TRANSLATE_NOOP(
            "catalog.training", "Cross-entropy for classification, MSE for regression."
        ),
    ),
    Choice(
        "crossentropy",
        QT_TRANSLATE_NOOP("catalog.training", "Cross-entropy"),
        QT_TRANSLATE_NOOP(
            "catalog.training",
            "Cross-entropy: the loss for class probabilities.",
        ),
        call=lambda: Call("losses.SparseCategoricalCrossentropy"),
    ),
    Choice(
        "mse",
        QT_TRANSLATE_NOOP("catalog.training", "Mean squared error"),
        QT_TRANSLATE_NOOP(
            "catalog.training",
            "MSE: squares the errors, so large ones dominate.",
        ),
        call=lambda: Call("losses.MeanSquaredError"),
    ),
    Choice(
        "mae",
        QT_TRANSLATE_NOOP("catalog.training", "Mean absolute error"),
        QT_TRANSLATE_NOOP(
            "catalog.training",
            "MAE: robust to outliers, constant gradient.",
        ),
        call=lambda: Call("losses.MeanAbsoluteError"),
    ),
    Choice(
        "huber",
        QT_TRANSLATE_NOOP("catalog.training", "Huber"),
        QT_TRANSLATE_NOOP(
            "catalog.training",
            "Huber: squared for small errors, absolute for large ones.",
        ),
        call=lambda: Call("losses.Huber"),
    ),
)
