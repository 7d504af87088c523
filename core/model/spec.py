"""The experiment spec: the one description of an experiment that everything shares.

The window edits it, files store it, the CLI runs it and runs record it. Parsing
collects every problem at once, each naming its field, so a user can fix a file in one go.
What depends on the data as well (shapes, whether the network fits) is ``plan.Plan``'s:
an experiment alone says nothing about a user's file it has not been shown.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model import catalog, files
from core.model.catalog import Param
from core.model.catalog.params import cut, shown
from core.model.values import Layer, Pick, values_json

__all__ = ["Layer", "Pick"]  # the values an experiment holds, defined in values.py

FORMAT = "layerlab-experiment"
VERSION = 1
MAX_NAME_LENGTH = 200  # a name is a title, not a document; folders are named after it


@dataclass(frozen=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class SpecError(ValueError):
    """An experiment that cannot be used, with every problem found in it."""

    def __init__(self, problems: list[Problem], source: str = "") -> None:
        self.problems = problems
        self.source = source
        head = f"{source}: " if source else ""
        super().__init__(head + "; ".join(str(p) for p in problems))


@dataclass(frozen=True)
class Augmentation:
    """Random changes to training images (Keras preprocessing layers: off at inference)."""

    flip: bool = False
    crop: int = 0
    zoom: float = 0.0
    rotation: float = 0.0
    brightness: float = 0.0
    contrast: float = 0.0

    def active(self) -> bool:
        return self != Augmentation()


@dataclass(frozen=True)
class DataSpec:
    dataset: Pick = Pick("digits")
    preprocessing: Pick = Pick("standardize")
    validation_fraction: float = 0.2
    test_fraction: float = 0.2
    augmentation: Augmentation = Augmentation()


@dataclass(frozen=True)
class OutputSpec:
    activation: Pick = Pick("auto")
    kernel_initializer: Pick = Pick("glorot_uniform")


@dataclass(frozen=True)
class TrainingSpec:
    optimizer: Pick = Pick("adam", {"learning_rate": 0.001})
    schedule: Pick = Pick("constant", {"warmup": 0.0})
    clipping: Pick = Pick("none")
    loss: Pick = Pick("auto")
    batch_size: int = 32
    epochs: int = 20
    early_stopping: Pick = Pick("off")


@dataclass(frozen=True)
class Experiment:
    name: str = "Untitled"
    seed: int = 0
    data: DataSpec = DataSpec()
    layers: tuple[Layer, ...] = ()
    output: OutputSpec = OutputSpec()
    training: TrainingSpec = TrainingSpec()

    def with_layers(self, layers: tuple[Layer, ...]) -> Experiment:
        return replace(self, layers=layers)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "name": self.name,
            "seed": self.seed,
            "data": {
                **_section_json(self.data, DATA_FIELDS),
                "augmentation": _section_json(self.data.augmentation, AUGMENTATION_FIELDS),
            },
            "layers": [{"kind": la.kind, **values_json(la.params)} for la in self.layers],
            "output": _section_json(self.output, OUTPUT_FIELDS),
            "training": _section_json(self.training, TRAINING_FIELDS),
        }

    def to_json(self) -> str:
        """The file's text, with real characters: a Korean name stays readable. Text that
        UTF-8 cannot hold (half a surrogate pair, read from a "\\ud800" escape) keeps
        its escapes, so that what was opened can always be saved."""
        text = json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return json.dumps(self.to_dict(), indent=2) + "\n"
        return text


DATA_FIELDS = (
    Param(
        "dataset",
        QT_TRANSLATE_NOOP("spec", "dataset"),
        "choice",
        "digits",
        options=catalog.DATASETS,
    ),
    Param(
        "preprocessing",
        QT_TRANSLATE_NOOP("spec", "preprocessing"),
        "choice",
        "standardize",
        options=catalog.PREPROCESSING,
    ),
    Param(
        "validation_fraction",
        QT_TRANSLATE_NOOP("spec", "validation share"),
        "float",
        0.2,
        minimum=0.05,
        maximum=0.5,
    ),
    Param(
        "test_fraction",
        QT_TRANSLATE_NOOP("spec", "test share"),
        "float",
        0.2,
        minimum=0.05,
        maximum=0.5,
    ),
)
AUGMENTATION_FIELDS = catalog.AUGMENTATION
OUTPUT_FIELDS = (
    Param(
        "activation",
        QT_TRANSLATE_NOOP("spec", "activation"),
        "choice",
        "auto",
        options=catalog.OUTPUT_ACTIVATIONS,
    ),
    Param(
        "kernel_initializer",
        QT_TRANSLATE_NOOP("spec", "kernel init"),
        "choice",
        "glorot_uniform",
        options=catalog.INITIALIZERS,
    ),
)
TRAINING_FIELDS = (
    Param(
        "optimizer",
        QT_TRANSLATE_NOOP("spec", "optimizer"),
        "choice",
        "adam",
        options=catalog.OPTIMIZERS,
    ),
    Param(
        "schedule",
        QT_TRANSLATE_NOOP("spec", "learning-rate schedule"),
        "choice",
        "constant",
        options=catalog.SCHEDULES,
    ),
    Param(
        "clipping",
        QT_TRANSLATE_NOOP("spec", "gradient clipping"),
        "choice",
        "none",
        options=catalog.CLIPPING,
    ),
    Param("loss", QT_TRANSLATE_NOOP("spec", "loss"), "choice", "auto", options=catalog.LOSSES),
    Param(
        "batch_size",
        QT_TRANSLATE_NOOP("spec", "batch size"),
        "int",
        32,
        minimum=1,
        maximum=65536,
    ),
    Param("epochs", QT_TRANSLATE_NOOP("spec", "epochs"), "int", 20, minimum=1, maximum=100000),
    Param(
        "early_stopping",
        QT_TRANSLATE_NOOP("spec", "early stopping"),
        "choice",
        "off",
        options=catalog.EARLY_STOPPING,
    ),
)
TOP_FIELDS = (
    Param(
        "name",
        QT_TRANSLATE_NOOP("spec", "name"),
        "text",
        "Untitled",
        maximum_length=MAX_NAME_LENGTH,
    ),
    Param("seed", QT_TRANSLATE_NOOP("spec", "seed"), "int", 0, minimum=0, maximum=2**31 - 1),
)
# The labels above are marked for translation in this module's context ("spec"): a form
# shows them with ``field_label``.


def field_label(param: Param) -> str:
    """A field's label in the user's language (the fields above: the experiment's own)."""
    return translate("spec", param.label)


def _section_json(section: Any, fields: tuple[Param, ...]) -> dict[str, Any]:
    return values_json({f.name: getattr(section, f.name) for f in fields})


class _Reader:
    """Walks a raw dict against the catalog's fields, collecting every problem."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def fields(self, raw: Any, fields: tuple[Param, ...], path: str, skip=()) -> dict[str, Any]:
        if not isinstance(raw, Mapping):
            message = translate("spec", "must be an object, got {kind}")
            self.fail(path, message.format(kind=_kind_of(raw)))
            return {f.name: self.default(f) for f in fields}
        known = {f.name for f in fields} | set(skip)
        for key in raw:
            if key not in known:
                expected = ", ".join(sorted(known - set(skip))) or translate("spec", "none")
                message = translate("spec", "unknown field (expected one of: {fields})")
                self.fail(_join(path, _key(key)), message.format(fields=expected))
        # A missing field takes its default, checked like a value: a file's path has none,
        # so an experiment is refused alike with or without "path": "" (its saved form).
        return {
            f.name: self.value(raw.get(f.name, f.default), f, _join(path, f.name)) for f in fields
        }

    def value(self, raw: Any, param: Param, path: str) -> Any:
        if param.kind == "choice":
            return self.pick(raw, param, path)
        problem = param.problem(raw)
        if problem:
            self.fail(path, problem)
            return param.default
        if param.kind == "names":
            return tuple(raw)
        return float(raw) if param.kind == "float" else raw

    def pick(self, raw: Any, param: Param, path: str) -> Pick:
        options = param.options or {}
        if isinstance(raw, Mapping):
            name, values = raw.get("name"), {k: v for k, v in raw.items() if k != "name"}
        else:
            name, values = raw, {}
        if not isinstance(name, str) or name not in options:
            message = translate("spec", "unknown choice {value} (expected one of: {choices})")
            self.fail(path, message.format(value=shown(name), choices=", ".join(options)))
            return self.default(param)
        choice = options[name]
        before = len(self.problems)
        params = self.fields(values, choice.params, path)
        if len(self.problems) == before:  # each field fine: check them together
            for key, message in choice.check(params):
                self.fail(_join(path, key), message)
        return Pick(name, params)

    def default(self, param: Param) -> Any:
        if param.kind != "choice":
            return param.default
        choice = (param.options or {})[param.default]
        return Pick(choice.key, {p.name: self.default(p) for p in choice.params})

    def layer(self, raw: Any, path: str) -> Layer | None:
        if not isinstance(raw, Mapping):
            message = translate("spec", "must be an object with a 'kind', got {kind}")
            self.fail(path, message.format(kind=_kind_of(raw)))
            return None
        kind = raw.get("kind")
        if not isinstance(kind, str) or kind not in catalog.LAYER_KINDS:
            kinds = ", ".join(catalog.LAYER_KINDS)
            message = translate("spec", "unknown layer kind {value} (expected one of: {kinds})")
            self.fail(_join(path, "kind"), message.format(value=shown(kind), kinds=kinds))
            return None
        params = self.fields(raw, catalog.LAYER_KINDS[kind].params, path, skip=("kind",))
        return Layer(kind, params)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _key(key: Any) -> str:
    """A field name as a path shows it: a file may hold a key of any length."""
    return cut(key) if isinstance(key, str) else shown(key)


def _kind_of(value: Any) -> str:
    """What a value is, in words ("an object"), or the value itself."""
    kind = type(value)
    if kind is dict:
        return translate("spec", "an object")
    if kind is list:
        return translate("spec", "a list")
    if kind is str:
        return translate("spec", "a text")
    return shown(value)


Migration = Callable[[dict[str, Any]], dict[str, Any]]
# MIGRATIONS[n] turns a version-n dict into a version-(n+1) dict.
MIGRATIONS: dict[int, Migration] = {}


def migrate(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Bring a stored experiment up to the current version, or say why it cannot be."""
    data = dict(raw)
    if data.get("format", FORMAT) != FORMAT:
        message = translate("spec", "must be {expected}, got {value}")
        problem = message.format(expected=repr(FORMAT), value=shown(data.get("format")))
        raise SpecError([Problem("format", problem)])
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        message = translate("spec", "must be a positive integer, got {value}")
        raise SpecError([Problem("version", message.format(value=shown(version)))])
    if version > VERSION:
        message = translate("spec", "{version} is newer than this LayerLab reads ({newest})")
        raise SpecError(
            [Problem("version", message.format(version=shown(version), newest=VERSION))]
        )
    while version < VERSION:
        if version not in MIGRATIONS:
            message = translate("spec", "no migration from version {version}")
            raise SpecError([Problem("version", message.format(version=version))])
        data = MIGRATIONS[version](data)
        version += 1
        data["version"] = version
    return data


def from_dict(raw: Any, source: str = "") -> Experiment:
    """Parse and fully validate an experiment; raise SpecError listing every problem."""
    if not isinstance(raw, Mapping):
        message = translate("spec", "an experiment must be a JSON object, got {kind}")
        raise SpecError([Problem("", message.format(kind=_kind_of(raw)))])
    try:
        data = migrate(raw)
    except SpecError as err:
        raise SpecError(err.problems, source) from None
    read = _Reader()
    top = read.fields(data, TOP_FIELDS, "", skip=("format", "version", *_SECTIONS))
    raw_layers = data.get("layers", [])
    if not isinstance(raw_layers, list):
        message = translate("spec", "must be a list, got {kind}")
        read.fail("layers", message.format(kind=_kind_of(raw_layers)))
        raw_layers = []
    layers = tuple(read.layer(la, f"layers[{i}]") for i, la in enumerate(raw_layers))
    raw_data = data.get("data", {})
    raw_augmentation = raw_data.get("augmentation", {}) if isinstance(raw_data, Mapping) else {}
    augmentation = read.fields(raw_augmentation, AUGMENTATION_FIELDS, "data.augmentation")
    experiment = Experiment(
        name=top["name"],
        seed=top["seed"],
        data=DataSpec(
            **read.fields(raw_data, DATA_FIELDS, "data", skip=("augmentation",)),
            augmentation=Augmentation(**augmentation),
        ),
        layers=tuple(la for la in layers if la is not None),
        output=OutputSpec(**read.fields(data.get("output", {}), OUTPUT_FIELDS, "output")),
        training=TrainingSpec(**read.fields(data.get("training", {}), TRAINING_FIELDS, "training")),
    )
    if read.problems:
        raise SpecError(read.problems, source)
    return experiment


_SECTIONS = ("data", "layers", "output", "training")


def load(path: str | Path) -> Experiment:
    """Read an experiment file; every failure is a SpecError naming the file.

    UTF-8 with or without a byte-order mark (Windows' Notepad writes one)."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        reason = getattr(err, "strerror", None) or str(err)
        message = translate("spec", "cannot read the file: {reason}").format(reason=reason)
        raise SpecError([Problem("", message)], source) from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        message = translate("spec", "not valid JSON ({error} at line {line}, column {column})")
        problem = message.format(error=err.msg, line=err.lineno, column=err.colno)
        raise SpecError([Problem("", problem)], source) from None
    except (ValueError, RecursionError) as err:  # a number of 5000 digits, [[[[...]]]]
        message = translate("spec", "not usable JSON ({error})").format(error=cut(str(err)))
        raise SpecError([Problem("", message)], source) from None
    experiment = from_dict(raw, source)
    folder = Path(path).resolve().parent
    return _with_paths(experiment, lambda p: os.path.normpath(folder / p))


def save(experiment: Experiment, path: str | Path) -> None:
    """Write atomically, so a crash or a full disk mid-save never leaves half a file
    (``files.WriteError``, naming the file, says why it could not be written).

    Data and model paths are stored relative to the experiment file, so they can move
    together.
    """
    target = Path(path)
    folder = target.resolve().parent
    stored = _with_paths(experiment, lambda p: _relative(Path(p), folder))
    files.write_text(target, stored.to_json())


def _relative(path: Path, folder: Path) -> str:
    try:
        return Path(os.path.relpath(path.resolve(), folder)).as_posix()
    except ValueError:  # another drive (Windows): no relative path exists
        return str(path)


def _with_paths(experiment: Experiment, change: Callable[[str], str]) -> Experiment:
    """The experiment with ``change`` applied to its data file's path and to the model
    files its layers import."""
    pick = experiment.data.dataset
    if pick.params.get("path"):
        moved = Pick(pick.name, {**pick.params, "path": change(pick.params["path"])})
        experiment = replace(experiment, data=replace(experiment.data, dataset=moved))
    layers = []
    for layer in experiment.layers:
        params = catalog.LAYER_KINDS[layer.kind].params
        paths = {p.name for p in params if p.kind == "model" and layer.params.get(p.name)}
        changed = {name: change(layer.params[name]) for name in paths}
        layers.append(Layer(layer.kind, {**layer.params, **changed}) if changed else layer)
    return experiment.with_layers(tuple(layers))


def default_value(param: Param) -> Any:
    """A field's default as the spec holds it (a Pick, with defaults, for a choice)."""
    return _Reader().default(param)


def default_pick(choice: catalog.Choice) -> Pick:
    """A choice with each of its parameters at its default."""
    return Pick(choice.key, {p.name: default_value(p) for p in choice.params})


def default_layer(kind: str) -> Layer:
    """A layer of this kind with every field at its catalog default."""
    reader = _Reader()
    return Layer(kind, reader.fields({}, catalog.LAYER_KINDS[kind].params, ""))
