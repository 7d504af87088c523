"""What a sweep varies: settings named by their place in the experiment file, each with
its values (a list) or a range, and the experiment each choice of values makes.

``layers[0].kernel_initializer=small_gaussian,glorot_uniform``,
``training.optimizer.learning_rate=0.0001:0.1:log`` (a range, log scale),
``training.batch_size=16:128`` (whole numbers). A list is what a grid needs; random and
TPE searches take both.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model import spec

Value = bool | int | float | str


class SweepError(ValueError):
    """A sweep that cannot run; the message names the setting and says why."""


@dataclass(frozen=True)
class Axis:
    place: str  # e.g. "training.optimizer.learning_rate"
    values: tuple[Value, ...] = ()  # a list of values ...
    low: float | None = None  # ... or a range
    high: float | None = None
    log: bool = False
    whole: bool = False  # a range of whole numbers

    @property
    def listed(self) -> bool:
        return bool(self.values)

    def suggest(self, trial: Any) -> Value:
        """The value an Optuna trial picks for this setting (its list, or its range)."""
        if self.listed:
            return trial.suggest_categorical(self.place, list(self.values))
        if self.whole:
            return trial.suggest_int(self.place, int(self.low), int(self.high), log=self.log)
        return trial.suggest_float(self.place, self.low, self.high, log=self.log)

    def words(self) -> str:
        if self.listed:
            return ", ".join(str(v) for v in self.values)
        if self.log:
            message = translate("sweeps", "{low} to {high} (log scale)")
        else:
            message = translate("sweeps", "{low} to {high}")
        return message.format(low=f"{self.low:g}", high=f"{self.high:g}")


def _scalar(text: str) -> Value:
    """A value as typed: a number, true/false, or else the text itself."""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return value if isinstance(value, bool | int | float | str) else text


def parse_axis(text: str) -> Axis:
    """``PATH=V1,V2,...`` or ``PATH=LOW:HIGH[:log]``."""
    place, sep, values = text.partition("=")
    place, values = place.strip(), values.strip()
    if not sep or not place or not values:
        message = translate("sweeps", "--set {text}: write PATH=V1,V2 or PATH=LOW:HIGH[:log]")
        raise SweepError(message.format(text=repr(text)))
    _tokens(place)  # a malformed place is said now
    parts = values.split(":")
    if len(parts) in (2, 3) and "," not in values:
        bounds = [_scalar(p) for p in parts[:2]]
        log = len(parts) == 3 and parts[2] == "log"
        if not all(isinstance(b, int | float) and not isinstance(b, bool) for b in bounds) or (
            len(parts) == 3 and not log
        ):
            message = translate(
                "sweeps", "--set {text}: a range is LOW:HIGH or LOW:HIGH:log, in numbers"
            )
            raise SweepError(message.format(text=repr(text)))
        low, high = float(bounds[0]), float(bounds[1])
        if not low < high or (log and low <= 0):
            message = translate(
                "sweeps", "--set {text}: a range needs LOW < HIGH (and LOW > 0 on a log scale)"
            )
            raise SweepError(message.format(text=repr(text)))
        whole = all(isinstance(b, int) for b in bounds)
        return Axis(place, low=low, high=high, log=log, whole=whole)
    listed = tuple(_scalar(v.strip()) for v in values.split(",") if v.strip())
    if len(listed) < 1:
        raise SweepError(translate("sweeps", "--set {text}: no values").format(text=repr(text)))
    return Axis(place, listed)


def _tokens(place: str) -> list[str | int]:
    tokens: list[str | int] = []
    for part in place.split("."):
        match = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)", part)
        if not match:
            message = translate(
                "sweeps", "{place}: not a place in the experiment file (e.g. layers[0].units)"
            )
            raise SweepError(message.format(place=repr(place)))
        tokens.append(match.group(1))
        tokens += [int(i) for i in re.findall(r"\[(\d+)\]", match.group(2))]
    return tokens


def with_value(experiment: spec.Experiment, place: str, value: Value) -> spec.Experiment:
    """The experiment with the setting at ``place`` changed; a SweepError names what is
    not there, a SpecError what the value breaks."""
    data: Any = experiment.to_dict()
    tokens = _tokens(place)
    node: Any = data
    for i, token in enumerate(tokens[:-1]):
        following = tokens[i + 1]
        child = _child(node, token, place)
        if isinstance(child, str) and isinstance(following, str):  # a choice named alone
            child = {"name": child}
            node[token] = child
        node = child
    last = tokens[-1]
    if isinstance(last, int):
        if not isinstance(node, list) or last >= len(node):
            message = translate("sweeps", "{place}: there is no item {item} there")
            raise SweepError(message.format(place=repr(place), item=last))
        node[last] = value
    elif isinstance(node, dict) and last in node:
        node[last] = value  # a choice set by name takes its own defaults
    else:
        raise SweepError(_not_there(place, last))
    source = translate("sweeps", "the sweep's {place}={value}")
    return spec.from_dict(data, source.format(place=place, value=value))


def _child(node: Any, token: str | int, place: str) -> Any:
    if isinstance(token, int):
        if not isinstance(node, list) or token >= len(node):
            size = len(node) if isinstance(node, list) else 0
            message = translate("sweeps", "{place}: there is no item {item} (the list has {size})")
            raise SweepError(message.format(place=repr(place), item=token, size=size))
        return node[token]
    if not isinstance(node, dict) or token not in node:
        raise SweepError(_not_there(place, token))
    return node[token]


def _not_there(place: str, name: str) -> str:
    message = translate("sweeps", "{place}: the experiment has no {name} there")
    return message.format(place=repr(place), name=repr(name))


def with_values(experiment: spec.Experiment, values: dict[str, Value]) -> spec.Experiment:
    for place, value in values.items():
        experiment = with_value(experiment, place, value)
    return experiment


def check(experiment: spec.Experiment, axes: list[Axis]) -> list[str]:
    """Every problem of the sweep before anything trains: each listed value, and each
    range's ends, must make a valid experiment."""
    problems = []
    for axis in axes:
        tried = axis.values if axis.listed else (axis.low, axis.high)
        for value in tried:
            if axis.whole and isinstance(value, float):
                value = int(value)
            try:
                with_value(experiment, axis.place, value)
            except (SweepError, spec.SpecError) as err:
                problems.append(str(err))
    return problems


@dataclass(frozen=True)
class LessonSweep:
    """A ready-made sweep from the lessons: one setting of a template, a few values, and
    what to look at once the runs are side by side."""

    key: str
    label: str
    template: str
    field: str  # a place, or "layers[*].name": that field of every layer that has it
    values: tuple[Value, ...]
    look: str
    # ``label`` and ``look`` are marked for translation (context "sweeps"): a menu or a
    # status line shows them in the user's language with these.

    def shown_label(self) -> str:
        return translate("sweeps", self.label)

    def shown_look(self) -> str:
        return translate("sweeps", self.look)


LESSON_SWEEPS = (
    LessonSweep(
        "init",
        QT_TRANSLATE_NOOP("sweeps", "Initialization: N(0, 1) or Glorot (5 x 100 sigmoid)"),
        "init_sigmoid_5x100",
        "layers[*].kernel_initializer",
        ("large_gaussian", "glorot_normal"),
        QT_TRANSLATE_NOOP(
            "sweeps",
            "Open each run and look at its Activations: with N(0, 1) every sigmoid layer piles "
            "up at 0 and 1 (saturated); with Glorot they stay spread out. Then compare how "
            "each one's loss moves.",
        ),
    ),
    LessonSweep(
        "batch_norm",
        QT_TRANSLATE_NOOP("sweeps", "BatchNorm off or on (MLP on digits)"),
        "digits_mlp",
        "layers[*].batch_norm",
        (False, True),
        QT_TRANSLATE_NOOP(
            "sweeps", "With BatchNorm the validation loss falls faster in the first epochs."
        ),
    ),
    LessonSweep(
        "dropout",
        QT_TRANSLATE_NOOP("sweeps", "Dropout 0, 0.2 or 0.5 (MLP on digits)"),
        "digits_mlp",
        "layers[1].rate",
        (0.0, 0.2, 0.5),
        QT_TRANSLATE_NOOP(
            "sweeps",
            "More dropout: a higher training loss, a training curve closer to the validation "
            "curve (less over-fitting).",
        ),
    ),
    LessonSweep(
        "optimizers",
        QT_TRANSLATE_NOOP("sweeps", "SGD, momentum or Adam (MLP on digits)"),
        "digits_mlp",
        "training.optimizer",
        ("sgd", "momentum", "adam"),
        QT_TRANSLATE_NOOP(
            "sweeps", "Plain SGD crawls; momentum and Adam reach a low loss in far fewer epochs."
        ),
    ),
    LessonSweep(
        "schedules",
        QT_TRANSLATE_NOOP("sweeps", "Constant, step or cosine learning rate (MLP on digits)"),
        "digits_mlp",
        "training.schedule",
        ("constant", "step", "cosine"),
        QT_TRANSLATE_NOOP(
            "sweeps",
            "The decaying schedules settle lower late in the run, where a constant rate keeps "
            "the loss jittering.",
        ),
    ),
)


def lesson_experiments(lesson: LessonSweep, experiment: spec.Experiment) -> list[spec.Experiment]:
    """One experiment per value, each named by it ("kernel_initializer: glorot_normal")."""
    if lesson.field.startswith("layers[*]."):
        name = lesson.field.split(".", 1)[1]
        places = [
            f"layers[{i}].{name}" for i, la in enumerate(experiment.layers) if name in la.params
        ]
    else:
        places = [lesson.field]
    made = []
    for value in lesson.values:
        changed = with_values(experiment, dict.fromkeys(places, value))
        made.append(
            replace(changed, name=f"{experiment.name} · {places[0].split('.')[-1]}: {value}")
        )
    return made
