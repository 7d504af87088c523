"""Steering a run while it trains: pause, resume, a new learning rate for the rest of it.

The window asks (core/model/jobs.py carries the asking to the engine's process); the
engine's callback honours it between two batches and emits a ``Steered`` event; the run
keeps every such event in ``steering.json``, from which a re-run replays the rate
changes at the same steps (``rate_changes``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

from core.i18n import translate
from core.model.events import Steered

FILE = "steering.json"
FORMAT = "layerlab-steering"
PAUSE, RESUME, RATE = "pause", "resume", "rate"
POLL_S = 0.05  # how often a paused run looks whether it may go on


class Steer(Protocol):
    """What the engine asks between two batches."""

    def paused(self) -> bool: ...

    def new_rate(self) -> float | None:
        """A learning rate asked for since the last call (None: none)."""


class Unsteered:
    """A run nobody steers (the CLI, a sweep's trial, a test)."""

    def paused(self) -> bool:
        return False

    def new_rate(self) -> float | None:
        return None


@dataclass(frozen=True)
class RateChange:
    step: int  # optimizer steps done when the rate changed: it is used from this step on
    rate: float


class SteeringError(ValueError):
    """A steering file that cannot be replayed; the message names the file and entry."""


def as_json(events: Sequence[Steered]) -> str:
    body = {"format": FORMAT, "version": 1, "events": [asdict(e) for e in events]}
    return json.dumps(body, indent=2) + "\n"


def rate_changes(path: Path) -> tuple[RateChange, ...]:
    """The rate changes a run's steering file holds, in step order, to replay them."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        message = translate("steering", "{path}: not a readable steering file ({error})")
        raise SteeringError(message.format(path=path, error=err)) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        message = translate(
            "steering", '{path}: not a LayerLab steering file (no "format": "{format}")'
        )
        raise SteeringError(message.format(path=path, format=FORMAT))
    events = raw.get("events")
    if not isinstance(events, list):
        message = translate("steering", '{path}: "events" must be a list')
        raise SteeringError(message.format(path=path))
    changes = []
    for i, event in enumerate(events):
        if not isinstance(event, dict) or event.get("kind") != RATE:
            continue
        step, rate = event.get("step"), event.get("value")
        if not isinstance(step, int) or isinstance(step, bool) or step < 0:
            message = translate(
                "steering", "{path}: events[{index}].step must be a whole number >= 0"
            )
            raise SteeringError(message.format(path=path, index=i))
        if not isinstance(rate, int | float) or not math.isfinite(rate) or rate <= 0:
            message = translate(
                "steering", "{path}: events[{index}].value must be a learning rate > 0"
            )
            raise SteeringError(message.format(path=path, index=i))
        changes.append(RateChange(step, float(rate)))
    return tuple(sorted(changes, key=lambda c: c.step))
