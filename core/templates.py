"""The ready experiments shipped in resources/experiments."""

from __future__ import annotations

from pathlib import Path

from core import spec

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "resources" / "experiments"
DEFAULT = "digits_mlp"


def load(name: str) -> spec.Experiment:
    return spec.load(TEMPLATE_DIR / f"{name}.json")


def default_experiment() -> spec.Experiment:
    """What the window opens on and the CLI runs when given no file."""
    return load(DEFAULT)
