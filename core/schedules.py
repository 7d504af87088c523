"""Learning-rate schedules as closed-form numbers, one value per optimizer step.

The same array drives the preview plot before training and the optimizer during it
(a callback assigns each step's value), so what the user saw planned is exactly what
ran, and the saved model carries a plain float learning rate that loads anywhere.
"""

from __future__ import annotations

import math

import numpy as np

from core.spec import Pick


def _after_warmup(name: str, params: dict, t: np.ndarray, span: int, per_epoch: int) -> np.ndarray:
    """Multiplier of the base rate, t steps after warm-up ended, span steps left in all."""
    if name == "exponential":
        return params["rate"] ** np.floor(t / per_epoch)
    if name == "cosine":
        return 0.5 * (1.0 + np.cos(math.pi * t / max(span, 1)))
    if name == "linear":
        return 1.0 - t / max(span, 1)
    if name == "inverse_sqrt":
        return 1.0 / np.sqrt(1.0 + t / per_epoch)
    return np.ones_like(t)  # constant, plateau (reduced only by the validation loss)


def learning_rates(
    schedule: Pick,
    base_rate: float,
    epochs: int,
    steps_per_epoch: int,
    steps: np.ndarray | None = None,
) -> np.ndarray:
    """The rate at each of ``steps`` (default: every step of the run)."""
    total = epochs * steps_per_epoch
    steps = np.arange(total, dtype=np.float64) if steps is None else steps.astype(np.float64)
    params = dict(schedule.params)
    warm = round(params.get("warmup", 0.0) * total)
    t = np.maximum(steps - warm, 0.0)
    factor = _after_warmup(schedule.name, params, t, total - warm, steps_per_epoch)
    if schedule.name == "step":
        passed = (steps >= params["first"] * total).astype(int) + (
            steps >= params["second"] * total
        ).astype(int)
        factor = params["factor"] ** passed
    if warm:
        ramp = (steps + 1.0) / warm
        factor = np.where(steps < warm, ramp, factor)
    return base_rate * factor


def describe(schedule: Pick) -> str:
    """A few words for the status of the preview."""
    warm = schedule.params.get("warmup", 0.0)
    prefix = f"{warm:.0%} linear warm-up, then " if warm else ""
    return prefix + schedule.name.replace("_", " ")
