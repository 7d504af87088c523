"""How a network trains: optimizers, gradient clipping, early stopping and losses."""

from __future__ import annotations

from dataclasses import dataclass

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
        "learning rate",
        "float",
        default,
        minimum=0.0,
        help="Too high: the loss explodes; too low: it crawls.",
    )


def _unit(name: str, label: str, default: float) -> Param:
    return Param(name, label, "float", default, minimum=0.0, maximum=1.0, maximum_open=True)


def _eps() -> Param:
    return Param("epsilon", "epsilon", "float", 1e-7, minimum=0.0)


def _betas() -> tuple[Param, Param]:
    return _unit("beta_1", "beta 1", 0.9), _unit("beta_2", "beta 2", 0.999)


OPTIMIZERS: dict[str, Choice] = _table(
    OptimizerChoice(
        "sgd",
        "SGD",
        "Mini-batch stochastic gradient descent: w -= lr * grad.",
        params=(_lr(0.01),),
        call=_optimizer("SGD"),
        slots=0,
    ),
    OptimizerChoice(
        "momentum",
        "SGD + momentum",
        "Momentum: v = m*v - lr*grad; rolls through flat regions and damps zig-zags.",
        params=(_lr(0.01), _unit("momentum", "momentum", 0.9)),
        call=_optimizer("SGD"),
        slots=1,
    ),
    OptimizerChoice(
        "nesterov",
        "Nesterov momentum",
        "Nesterov: momentum that looks ahead before it steps.",
        params=(_lr(0.01), _unit("momentum", "momentum", 0.9)),
        call=_optimizer("SGD", nesterov=True),
        slots=1,
    ),
    OptimizerChoice(
        "adagrad",
        "Adagrad",
        "Adagrad: per-weight rates that shrink with the squared gradients seen so far.",
        params=(_lr(0.01), _eps()),
        call=_optimizer("Adagrad"),
        slots=1,
    ),
    OptimizerChoice(
        "rmsprop",
        "RMSProp",
        "RMSProp: Adagrad with a moving average, so the rate does not die out.",
        params=(_lr(), _unit("rho", "rho", 0.9), _unit("momentum", "momentum", 0.0), _eps()),
        call=_optimizer("RMSprop"),
        slots=2,
    ),
    OptimizerChoice(
        "adam",
        "Adam",
        "Adam: momentum plus RMSProp scaling. If unsure, use Adam.",
        params=(_lr(), *_betas(), _eps()),
        call=_optimizer("Adam"),
        slots=2,
    ),
    OptimizerChoice(
        "adamw",
        "AdamW",
        "AdamW: Adam with weight decay applied directly to the weights.",
        params=(
            _lr(),
            Param("weight_decay", "weight decay", "float", 0.004, minimum=0.0),
            *_betas(),
            _eps(),
        ),
        call=_optimizer("AdamW"),
        slots=2,
    ),
    OptimizerChoice(
        "nadam",
        "Nadam",
        "Nadam: Adam with Nesterov momentum.",
        params=(_lr(), *_betas(), _eps()),
        call=_optimizer("Nadam"),
        slots=2,
    ),
)


def _threshold() -> tuple[Param, ...]:
    return (
        Param(
            "threshold",
            "threshold",
            "float",
            1.0,
            minimum=1e-12,
            help="theta; the lessons suggest 1 or 10.",
        ),
    )


CLIPPING: dict[str, Choice] = _table(
    ClipChoice("none", "None", "Gradients are used as they are; they may explode."),
    ClipChoice(
        "norm",
        "By norm (per weight)",
        "Rescale each weight's gradient so its norm is at most theta.",
        params=_threshold(),
        argument="clipnorm",
    ),
    ClipChoice(
        "global_norm",
        "By global norm",
        "Rescale all gradients together so their joint norm is at most theta.",
        params=_threshold(),
        argument="global_clipnorm",
    ),
    ClipChoice(
        "value",
        "By value",
        "Cut every gradient component to [-theta, theta].",
        params=_threshold(),
        argument="clipvalue",
    ),
)

MONITORS = _plain(
    ("val_loss", "validation loss", "Stop when the validation loss stops falling."),
    ("val_accuracy", "validation accuracy", "Stop when validation accuracy stops rising."),
    ("loss", "training loss", "Stop when the training loss stops falling."),
)

EARLY_STOPPING: dict[str, Choice] = _table(
    Choice("off", "Off", "Train for every epoch."),
    Choice(
        "on",
        "On",
        "Watch a validation metric and stop when it starts to get worse.",
        params=(
            Param("monitor", "watch", "choice", "val_loss", options=MONITORS),
            Param("patience", "patience (epochs)", "int", 5, minimum=1),
            Param("min_delta", "smallest improvement", "float", 0.0, minimum=0.0),
            Param("restore_best", "restore best weights", "bool", True),
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
    Choice("auto", "Follow the task", "Cross-entropy for classification, MSE for regression."),
    Choice(
        "crossentropy",
        "Cross-entropy",
        "Cross-entropy: the loss for class probabilities.",
        call=lambda: Call("losses.SparseCategoricalCrossentropy"),
    ),
    Choice(
        "mse",
        "Mean squared error",
        "MSE: squares the errors, so large ones dominate.",
        call=lambda: Call("losses.MeanSquaredError"),
    ),
    Choice(
        "mae",
        "Mean absolute error",
        "MAE: robust to outliers, constant gradient.",
        call=lambda: Call("losses.MeanAbsoluteError"),
    ),
    Choice(
        "huber",
        "Huber",
        "Huber: squared for small errors, absolute for large ones.",
        call=lambda: Call("losses.Huber"),
    ),
)
