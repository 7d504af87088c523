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
)


def load(name: str) -> spec.Experiment:
    return spec.load(TEMPLATE_DIR / f"{name}.json")


def default_experiment() -> spec.Experiment:
    """What the window opens on and the CLI runs when given no file."""
    return load(DEFAULT)
