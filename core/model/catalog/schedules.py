"""Learning-rate schedules: each one its fields, its formula and, where Keras drives the
rate instead (reduce on plateau), its callback.

The planned rates are closed-form numbers, one per optimizer step. The same array drives
the preview plot before training and the optimizer during it (a callback assigns each
step's value), so what the user saw planned is exactly what ran, and the saved model
carries a plain float learning rate that loads anywhere. Adding a schedule is one class
(or one instance) here plus its tests.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.i18n import QT_TRANSLATE_NOOP, translate, translated
from core.model.catalog.calls import Call
from core.model.catalog.params import Choice, Param
from core.model.catalog.params import table as _table


@dataclass(frozen=True)
class Timeline:
    """Where each asked-for step lies in the run."""

    steps: np.ndarray  # the optimizer steps (float64)
    after_warmup: np.ndarray  # steps since the warm-up ended (0 during it)
    span: int  # steps from the end of the warm-up to the end of the run
    total: int  # steps in the whole run
    per_epoch: int


@dataclass(frozen=True)
class Schedule(Choice):
    """A schedule whose rate is planned in advance: base rate times ``factor``, after an
    optional linear warm-up."""

    def factor(self, p: Mapping[str, Any], time: Timeline) -> np.ndarray:
        """Multiplier of the base rate at each step (the warm-up is applied on top)."""
        return np.ones_like(time.steps)

    def rates(
        self,
        p: Mapping[str, Any],
        base_rate: float,
        epochs: int,
        steps_per_epoch: int,
        steps: np.ndarray | None = None,
    ) -> np.ndarray | None:
        """The rate at each of ``steps`` (default: every step of the run); None when the
        rate is not known in advance (Keras changes it while training)."""
        total = epochs * steps_per_epoch
        at = np.arange(total, dtype=np.float64) if steps is None else steps.astype(np.float64)
        warm = round(p.get("warmup", 0.0) * total)
        time = Timeline(at, np.maximum(at - warm, 0.0), total - warm, total, steps_per_epoch)
        factor = self.factor(p, time)
        if warm:
            factor = np.where(at < warm, (at + 1.0) / warm, factor)
        return base_rate * factor

    def callback(self, p: Mapping[str, Any]) -> Call | None:
        """The Keras callback that drives the rate, for schedules that are not planned."""
        return None

    def describe(self, p: Mapping[str, Any]) -> str:
        """A few words for the preview's caption."""
        name = translated(_NAMES.get(self.key, self.key.replace("_", " ")))
        warm = p.get("warmup", 0.0)
        if not warm:
            return name
        words = translate("catalog.schedules", "{share} linear warm-up, then {schedule}")
        return words.format(share=f"{warm:.0%}", schedule=name)


@dataclass(frozen=True)
class Exponential(Schedule):
    def factor(self, p: Mapping[str, Any], time: Timeline) -> np.ndarray:
        return p["rate"] ** np.floor(time.after_warmup / time.per_epoch)


@dataclass(frozen=True)
class StepDecay(Schedule):
    def factor(self, p: Mapping[str, Any], time: Timeline) -> np.ndarray:
        passed = (time.steps >= p["first"] * time.total).astype(int)
        passed += (time.steps >= p["second"] * time.total).astype(int)
        return p["factor"] ** passed

    def check(self, p: Mapping[str, Any]) -> list[tuple[str, str]]:
        if p["second"] < p["first"]:
            message = translate(
                "catalog.schedules", "must not come before the first milestone ({first})"
            )
            return [("second", message.format(first=f"{p['first']:g}"))]
        return []


@dataclass(frozen=True)
class Cosine(Schedule):
    def factor(self, p: Mapping[str, Any], time: Timeline) -> np.ndarray:
        return 0.5 * (1.0 + np.cos(math.pi * time.after_warmup / max(time.span, 1)))


@dataclass(frozen=True)
class Linear(Schedule):
    def factor(self, p: Mapping[str, Any], time: Timeline) -> np.ndarray:
        return 1.0 - time.after_warmup / max(time.span, 1)


@dataclass(frozen=True)
class InverseSqrt(Schedule):
    def factor(self, p: Mapping[str, Any], time: Timeline) -> np.ndarray:
        return 1.0 / np.sqrt(1.0 + time.after_warmup / time.per_epoch)


@dataclass(frozen=True)
class Plateau(Schedule):
    """Keras' ReduceLROnPlateau cuts the rate when the validation loss stalls: nothing is
    planned, the rate is known only while training."""

    def rates(self, p, base_rate, epochs, steps_per_epoch, steps=None) -> None:
        return None

    def callback(self, p: Mapping[str, Any]) -> Call:
        return Call(
            "callbacks.ReduceLROnPlateau",
            kwargs={
                "monitor": "val_loss",
                "factor": p["factor"],
                "patience": p["patience"],
                "min_lr": p["min_rate"],
            },
        )

    def describe(self, p: Mapping[str, Any]) -> str:
        return translate(
            "catalog.schedules",
            "reduce on plateau: the rate is cut whenever the validation loss stalls, so it "
            "is known only while training",
        )


def _warmup(default: float) -> Param:
    return Param(
        "warmup",
        QT_TRANSLATE_NOOP("catalog.schedules", "warm-up share"),
        "float",
        default,
        minimum=0.0,
        maximum=1.0,
        maximum_open=True,
        help_en=QT_TRANSLATE_NOOP(
            "catalog.schedules",
            "Linear warm-up over this share of all steps (0.1: the first 10%); 0 for none.",
        ),
    )


def _factor(default: float) -> Param:
    return Param(
        "factor",
        QT_TRANSLATE_NOOP("catalog.schedules", "factor"),
        "float",
        default,
        minimum=0.0,
        maximum=1.0,
        help_en=QT_TRANSLATE_NOOP("catalog.schedules", "The rate is multiplied by this."),
    )


# How the preview's caption names each planned schedule.
_NAMES = {
    "constant": QT_TRANSLATE_NOOP("catalog.schedules", "constant"),
    "exponential": QT_TRANSLATE_NOOP("catalog.schedules", "exponential"),
    "step": QT_TRANSLATE_NOOP("catalog.schedules", "step"),
    "cosine": QT_TRANSLATE_NOOP("catalog.schedules", "cosine"),
    "linear": QT_TRANSLATE_NOOP("catalog.schedules", "linear"),
    "inverse_sqrt": QT_TRANSLATE_NOOP("catalog.schedules", "inverse sqrt"),
}


def _share(name: str, label: str, default: float) -> Param:
    return Param(name, label, "float", default, minimum=0.0, maximum=1.0)


SCHEDULES: dict[str, Choice] = _table(
    Schedule(
        "constant",
        QT_TRANSLATE_NOOP("catalog.schedules", "Constant"),
        QT_TRANSLATE_NOOP("catalog.schedules", "The same rate at every step."),
        params=(_warmup(0.0),),
    ),
    Exponential(
        "exponential",
        QT_TRANSLATE_NOOP("catalog.schedules", "Exponential decay per epoch"),
        QT_TRANSLATE_NOOP(
            "catalog.schedules",
            "Multiply the rate by a fixed factor after every epoch (x0.98 is the lessons' "
            "example).",
        ),
        params=(
            Param(
                "rate",
                QT_TRANSLATE_NOOP("catalog.schedules", "factor per epoch"),
                "float",
                0.98,
                minimum=0.0,
                maximum=1.0,
            ),
            _warmup(0.0),
        ),
    ),
    StepDecay(
        "step",
        QT_TRANSLATE_NOOP("catalog.schedules", "Step decay"),
        QT_TRANSLATE_NOOP(
            "catalog.schedules",
            "Drop the rate by a factor at milestones (x0.1 at 50% and 75% of training).",
        ),
        params=(
            _share("first", QT_TRANSLATE_NOOP("catalog.schedules", "first milestone"), 0.5),
            _share("second", QT_TRANSLATE_NOOP("catalog.schedules", "second milestone"), 0.75),
            _factor(0.1),
            _warmup(0.0),
        ),
    ),
    Cosine(
        "cosine",
        QT_TRANSLATE_NOOP("catalog.schedules", "Cosine decay"),
        QT_TRANSLATE_NOOP(
            "catalog.schedules",
            "Follow half a cosine from the full rate down to zero by the last step.",
        ),
        params=(_warmup(0.1),),
    ),
    Linear(
        "linear",
        QT_TRANSLATE_NOOP("catalog.schedules", "Linear decay"),
        QT_TRANSLATE_NOOP(
            "catalog.schedules",
            "Fall in a straight line to zero by the last step.",
        ),
        params=(_warmup(0.1),),
    ),
    InverseSqrt(
        "inverse_sqrt",
        QT_TRANSLATE_NOOP("catalog.schedules", "Inverse square-root decay"),
        QT_TRANSLATE_NOOP(
            "catalog.schedules",
            "rate / sqrt(1 + epochs since warm-up): fast at first, then slowly.",
        ),
        params=(_warmup(0.1),),
    ),
    Plateau(
        "plateau",
        QT_TRANSLATE_NOOP("catalog.schedules", "Reduce on plateau"),
        QT_TRANSLATE_NOOP(
            "catalog.schedules",
            "Cut the rate when the validation loss stops improving for a few epochs.",
        ),
        params=(
            _factor(0.1),
            Param(
                "patience",
                QT_TRANSLATE_NOOP("catalog.schedules", "patience (epochs)"),
                "int",
                3,
                minimum=1,
            ),
            Param(
                "min_rate",
                QT_TRANSLATE_NOOP("catalog.schedules", "lowest rate"),
                "float",
                1e-6,
                minimum=0.0,
            ),
        ),
    ),
)


def steps_per_epoch(train_samples: int, batch_size: int) -> int:
    """Optimizer steps in one epoch: the last batch may be smaller but still counts."""
    return -(-train_samples // batch_size)
