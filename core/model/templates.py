"""The ready experiments shipped in resources/experiments."""

from __future__ import annotations

from dataclasses import replace

import resources
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model import spec

TEMPLATE_DIR = resources.EXPERIMENTS
DEFAULT = "digits_mlp"
# The lessons' experiments, in the order a course meets them: (file stem, menu label).
# The labels are marked for translation: a menu shows them with ``title``.
TEMPLATES = (
    ("init_sigmoid_5x100", QT_TRANSLATE_NOOP("templates", "Initialization: 5 x 100 sigmoid")),
    ("digits_mlp", QT_TRANSLATE_NOOP("templates", "MLP on digits")),
    ("lenet5", "LeNet-5"),
    ("small_vgg", QT_TRANSLATE_NOOP("templates", "Small VGG")),
    ("small_resnet", QT_TRANSLATE_NOOP("templates", "Small ResNet")),
    ("playground_spiral", QT_TRANSLATE_NOOP("templates", "Playground: spiral (2-D)")),
    # Transfer learning: a LeNet-5 trained on digits 0-4 (the first template, shipped as
    # resources/bases/lenet5-digits-0-4.keras) reused on 5-9 and on even-or-odd.
    ("transfer_base", QT_TRANSLATE_NOOP("templates", "Transfer: the base, LeNet-5 on digits 0-4")),
    (
        "transfer_little_frozen",
        QT_TRANSLATE_NOOP("templates", "Transfer: little data, similar task (frozen base)"),
    ),
    (
        "transfer_little_scratch",
        QT_TRANSLATE_NOOP("templates", "Transfer: little data, from scratch"),
    ),
    (
        "transfer_much_finetuned",
        QT_TRANSLATE_NOOP("templates", "Transfer: much data, similar task (fine-tuned)"),
    ),
    (
        "transfer_little_different",
        QT_TRANSLATE_NOOP("templates", "Transfer: little data, different task"),
    ),
    (
        "transfer_much_different",
        QT_TRANSLATE_NOOP("templates", "Transfer: much data, different task"),
    ),
)
# The experiments' own names, as their files hold them (the files stay in English): a new
# experiment made from a template takes its name in the user's language (``load``).
NAMES = {
    "digits_mlp": QT_TRANSLATE_NOOP("templates", "Digits MLP"),
    "init_sigmoid_5x100": QT_TRANSLATE_NOOP("templates", "Initialization: 5 x 100 sigmoid"),
    "lenet5": QT_TRANSLATE_NOOP("templates", "LeNet-5 (digits 8x8)"),
    "playground_spiral": QT_TRANSLATE_NOOP("templates", "Playground: spiral"),
    "small_resnet": QT_TRANSLATE_NOOP("templates", "Small ResNet (skip connections)"),
    "small_vgg": QT_TRANSLATE_NOOP("templates", "Small VGG (3x3 convs, 2x2 pools)"),
    "transfer_base": QT_TRANSLATE_NOOP("templates", "Transfer base: LeNet-5 on digits 0-4"),
    "transfer_little_different": QT_TRANSLATE_NOOP(
        "templates", "Transfer: even or odd, 10 per digit, last layer fine-tuned"
    ),
    "transfer_little_frozen": QT_TRANSLATE_NOOP(
        "templates", "Transfer: 10 per digit of 5-9, frozen base"
    ),
    "transfer_little_scratch": QT_TRANSLATE_NOOP(
        "templates", "Transfer: 10 per digit of 5-9, from scratch"
    ),
    "transfer_much_different": QT_TRANSLATE_NOOP(
        "templates", "Transfer: even or odd, all of 5-9, fine-tuned base"
    ),
    "transfer_much_finetuned": QT_TRANSLATE_NOOP(
        "templates", "Transfer: all of 5-9, fine-tuned base"
    ),
}


def title(stem: str) -> str:
    """A template's menu label in the user's language."""
    return translate("templates", dict(TEMPLATES)[stem])


def load(name: str) -> spec.Experiment:
    """A template's experiment, named in the user's language (its file's own name when it
    has been renamed since ``NAMES`` was written)."""
    experiment = spec.load(TEMPLATE_DIR / f"{name}.json")
    if experiment.name == NAMES.get(name):
        experiment = replace(experiment, name=translate("templates", experiment.name))
    return experiment


def default_experiment() -> spec.Experiment:
    """What the window opens on and the CLI runs when given no file."""
    return load(DEFAULT)
