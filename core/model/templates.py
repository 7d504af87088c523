"""The ready experiments shipped in resources/experiments."""

from __future__ import annotations

import resources
from core.model import spec

TEMPLATE_DIR = resources.EXPERIMENTS
DEFAULT = "digits_mlp"
# The lessons' experiments, in the order a course meets them: (file stem, menu label).
TEMPLATES = (
    ("init_sigmoid_5x100", "Initialization: 5 x 100 sigmoid"),
    ("digits_mlp", "MLP on digits"),
    ("lenet5", "LeNet-5"),
    ("small_vgg", "Small VGG"),
    ("small_resnet", "Small ResNet"),
    ("playground_spiral", "Playground: spiral (2-D)"),
    # Transfer learning: a LeNet-5 trained on digits 0-4 (the first template, shipped as
    # resources/bases/lenet5-digits-0-4.keras) reused on 5-9 and on even-or-odd.
    ("transfer_base", "Transfer: the base, LeNet-5 on digits 0-4"),
    ("transfer_little_frozen", "Transfer: little data, similar task (frozen base)"),
    ("transfer_little_scratch", "Transfer: little data, from scratch"),
    ("transfer_much_finetuned", "Transfer: much data, similar task (fine-tuned)"),
    ("transfer_little_different", "Transfer: little data, different task"),
    ("transfer_much_different", "Transfer: much data, different task"),
)


def load(name: str) -> spec.Experiment:
    return spec.load(TEMPLATE_DIR / f"{name}.json")


def default_experiment() -> spec.Experiment:
    """What the window opens on and the CLI runs when given no file."""
    return load(DEFAULT)
