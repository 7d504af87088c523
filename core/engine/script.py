"""An experiment as a standalone Python script: plain Keras, no LayerLab.

Every line that makes a layer, an initializer, an activation, the optimizer, the loss or
a Keras callback is written by the catalog's own ``Call``s and ``Step``s, the very
descriptions the builder turns into Keras objects; the data helpers (the Playground sets,
the split sizes, the preprocessing layers, the augmentation) are the engine's own
functions, copied as source. So the script cannot drift from what LayerLab trains: run
with the same seed it loads the same data, splits it the same way, builds the same
network with the same initial weights and trains it the same way.

What is written here by hand (each checked against the engine by the tests): the fit of
each preprocessing choice and the formula of each planned learning-rate schedule, which
the catalog computes with NumPy but has no code for.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import keras

import core
from core import i18n
from core.engine import builder, csv_tables, data, sources
from core.i18n import translate
from core.model import catalog, plan, shapes
from core.model.catalog import Call, Step, preprocessing
from core.model.facts import FileFacts
from core.model.plan import Plan
from core.model.spec import Pick

WIDTH = 100  # a line of the script longer than this has its call's arguments wrapped
SKLEARN = {
    "digits": "load_digits",
    "digits_images": "load_digits",
    "iris": "load_iris",
    "wine": "load_wine",
    "breast_cancer": "load_breast_cancer",
    "diabetes": "load_diabetes",
}
KERAS_CACHE = ("mnist", "fashion_mnist")


class ScriptError(ValueError):
    """An experiment the script export cannot write (yet); the message says why."""


def script(p: Plan) -> str:
    """The experiment as a Python program that trains it and prints its test score."""
    experiment = p.experiment
    if any(layer.kind == "imported" for layer in experiment.layers):
        raise ScriptError(
            translate(
                "engine.script",
                "the script export cannot rebuild an imported model's layers (they are its "
                "file's, not code); export the trained model instead",
            )
        )
    sections = [
        _header(p),
        _load_data(p),
        _split(p),
        _scaling(experiment.data.preprocessing),
        _augmentation(p),
        _build_model(p),
        _schedule(p),
        _train(p),
        _main(p),
    ]
    return "\n\n\n".join(s.strip("\n") for s in sections if s) + "\n"


def _source(function: Callable | type) -> str:
    return textwrap.dedent(inspect.getsource(function))


def _header(p: Plan) -> str:
    e, t = p.experiment, p.experiment.training
    score = "accuracy" if p.classification else "mean absolute error"
    version = core.__version__
    pandas = ", pandas" * (e.data.dataset.name == "csv")
    return f'''"""A LayerLab experiment as a plain Keras script, exported from LayerLab {version}.

Run it with Python: it loads the same data, splits it the same way, builds the same
network with the same initial weights (the same seed, the layers made in the same order),
trains it with the same settings and prints the test {score}. It needs TensorFlow,
Keras, NumPy{pandas} and scikit-learn; it was written for Keras {keras.__version__}.
"""

from __future__ import annotations

import math
import os
{_imports(p)}
os.environ.setdefault("KERAS_BACKEND", "tensorflow")  # the backend LayerLab trains with

import keras
import numpy as np
from sklearn.model_selection import train_test_split

NAME = {e.name!r}
SEED = {e.seed!r}
VALIDATION_FRACTION = {e.data.validation_fraction!r}
TEST_FRACTION = {e.data.test_fraction!r}
BATCH_SIZE = {t.batch_size!r}
EPOCHS = {t.epochs!r}'''


def _imports(p: Plan) -> str:
    """The standard modules only some scripts need."""
    needed = []
    if p.experiment.data.preprocessing.name != "none":
        needed.append("from dataclasses import dataclass")
    if p.experiment.data.augmentation.active():
        needed.append("from types import SimpleNamespace")
    return "".join(f"{line}\n" for line in needed)


def _load_data(p: Plan) -> str:
    pick, dataset = p.experiment.data.dataset, p.dataset()
    label = str(dataset.label_en)  # as written, in English: the script's docstring
    if pick.name in SKLEARN:
        return _sklearn_data(pick, label, p.classification)
    if pick.name in KERAS_CACHE:
        return _cached_data(pick.name, label)
    if dataset.plane:
        return _plane_data(pick, label)
    if pick.name == "csv":
        return _table_data(p)
    if pick.name == "npz":
        return _npz_data(p)
    message = translate(
        "engine.script",
        "the script export cannot read your own {dataset} yet (built-in datasets, CSV/TSV "
        "tables and .npz files only); export the model instead",
    )
    raise ScriptError(message.format(dataset=dataset.label))


def _sklearn_data(pick: Pick, label: str, classification: bool) -> str:
    name = pick.name
    x = "bunch.images[..., np.newaxis]" if name == "digits_images" else "bunch.data"
    y = "np.int64" if classification else "np.float32"
    loaded = f"{x}.astype(np.float32), bunch.target.astype({y})"
    helper, part = "", ""
    if "classes" in pick.params:  # the digits, maybe a part of them
        digits = list(catalog.DIGIT_RANGES[pick.params["classes"].name])
        parity = pick.params["labels"].name == "parity"
        if digits != list(range(10)) or parity:
            helper = f"{_source(data.digits_subset)}\n"
            part = f"\n    # {_digits_words(digits, parity)}"
            loaded = f"digits_subset({loaded}, {digits!r}, {parity!r})"
    return f'''{helper}def load_data() -> tuple[np.ndarray, np.ndarray]:
    """{label}: bundled with scikit-learn, nothing is downloaded."""
    from sklearn.datasets import {SKLEARN[name]}

    bunch = {SKLEARN[name]}(){part}
    return {loaded}'''


def _digits_words(digits: list[int], parity: bool) -> str:
    which = f"digits {digits[0]}-{digits[-1]}"
    task = ", labelled even (0) or odd (1)" if parity else ""
    return which + task


def _cached_data(name: str, label: str) -> str:
    return f'''def load_data() -> tuple[np.ndarray, np.ndarray]:
    """{label}: Keras' training and test files together (split below), from Keras'
    cache ($KERAS_HOME/datasets or ~/.keras/datasets; downloaded there if missing)."""
    (x_train, y_train), (x_test, y_test) = keras.datasets.{name}.load_data()
    x = np.concatenate([x_train, x_test])[..., np.newaxis]
    y = np.concatenate([y_train, y_test])
    return x.astype(np.float32), y.astype(np.int64)'''


def _plane_data(pick: Pick, label: str) -> str:
    p = pick.params
    derived = {k: p[k] for k in ("squares", "product", "sines")}
    return f'''{_source(data.toy_points)}

{_source(data.plane_features)}

def load_data() -> tuple[np.ndarray, np.ndarray]:
    """{label}: generated as TensorFlow Playground does, from the seed."""
    points, target = toy_points({pick.name!r}, {p["samples"]!r}, {p["noise"]!r}, SEED)
    return plane_features(points, {derived!r}), target'''


def _file_facts(p: Plan) -> FileFacts:
    if not isinstance(p.file, FileFacts):  # the engine's plan_for read the file
        message = translate("engine.script", "the data file was not read: {problem}")
        raise ScriptError(message.format(problem=p.data_problem()))
    return p.file


def _targets(p: Plan, values: str) -> str:
    """Code turning ``values`` (one per sample) into the targets as LayerLab has them:
    class numbers in the sorted order of the labels, or float targets."""
    if p.classification:
        return f"np.unique({values}, return_inverse=True)[1].astype(np.int64)"
    return f"{values}.astype(np.float32)"


def _table_data(p: Plan) -> str:
    pick, facts = p.experiment.data.dataset, _file_facts(p)
    path = Path(pick.params["path"]).resolve()
    encoding = csv_tables.text_encoding(path, pick.params["encoding"].name)
    sep = csv_tables.delimiter(path, pick.params["delimiter"].name, encoding)
    names = [c.name for c in facts.columns]
    target = pick.params["target"] or names[-1]
    features = list(pick.params["features"]) or [n for n in names if n != target]
    numeric = {c.name for c in facts.columns if c.numeric}
    text = [f for f in features if f not in numeric]
    drop = pick.params["missing"].name == "drop"
    dropped = "    keep &= ~table[FEATURES].isna().any(axis=1).to_numpy()\n" * drop
    gaps = "rows with a missing feature dropped" if drop else "gaps filled after the split"
    values = "as_numbers(target)[0]" if target in numeric else "target.astype(str).to_numpy()"
    return f'''PATH = {str(path)!r}  # the file LayerLab read
TARGET = {target!r}
FEATURES = {features!r}
TEXT_FEATURES = {text!r}  # one-hot encoded


{_source(csv_tables.as_numbers)}

{_source(csv_tables.one_hot)}

def load_data() -> tuple[np.ndarray, np.ndarray]:
    """Your table, read as LayerLab read it: {encoding} text, delimiter {sep!r}, rows
    without a target left out, {gaps}."""
    import pandas as pd

    table = pd.read_csv(PATH, sep={sep!r}, encoding={encoding!r}, skipinitialspace=True)
    keep = table[TARGET].notna().to_numpy().copy()
{dropped}    parts = []
    for name in FEATURES:
        if name in TEXT_FEATURES:
            parts.append(one_hot(table[name][keep])[0])
        else:
            parts.append(as_numbers(table[name])[0][keep, None])
    x = np.concatenate(parts, axis=1).astype(np.float32)
    target = table[TARGET][keep]
    return x, {_targets(p, values)}'''


def _npz_data(p: Plan) -> str:
    pick = p.experiment.data.dataset
    path = Path(pick.params["path"]).resolve()
    return f'''PATH = {str(path)!r}  # the file LayerLab read


{_source(sources.one_column)}

def load_data() -> tuple[np.ndarray, np.ndarray]:
    """Your arrays {pick.params["x"]!r} (inputs) and {pick.params["y"]!r} (targets), as
    LayerLab reads them: never unpickled."""
    with np.load(PATH, allow_pickle=False) as npz:
        x, y = npz[{pick.params["x"]!r}], npz[{pick.params["y"]!r}]
    y = one_column(y)[0]
    if x.ndim == 1:
        x = x[:, None]
    elif x.ndim == 3:
        x = x[..., None]  # (samples, height, width): one-channel images
    return x.astype(np.float32), {_targets(p, "y")}'''


def _split(p: Plan) -> str:
    stratify = ("y", "y_rest") if p.classification else ("None", "None")
    gaps = p.experiment.data.dataset.name == "csv"  # the only source with missing values
    fill = "    x_train, x_val, x_test = fill_missing(x_train, x_val, x_test)\n" * gaps
    helper = f"{_source(data.fill_missing)}\n" * gaps
    few = p.experiment.data.dataset.params.get("per_class")
    if few:  # as the engine: the training split cut first, its gaps filled after
        fill = f"    x_train, y_train = few_per_class(x_train, y_train, {few!r})\n" + fill
        helper += f"{_source(data.few_per_class)}\n"
    return f'''{_source(plan.split_counts)}

{helper}
def split(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, ...]:
    """Training, validation and test sets: {"stratified by class, " * p.classification}seeded."""
    _, validation, test = split_counts(len(x), VALIDATION_FRACTION, TEST_FRACTION)
    x_rest, x_test, y_rest, y_test = train_test_split(
        x, y, test_size=test, random_state=SEED, stratify={stratify[0]}
    )
    x_train, x_val, y_train, y_val = train_test_split(
        x_rest, y_rest, test_size=validation, random_state=SEED, stratify={stratify[1]}
    )
{fill}    return x_train, y_train, x_val, y_val, x_test, y_test'''


# The fit of each preprocessing choice (catalog/preprocessing.py), on ``x`` (float64); ``axes``:
# every axis but the features' (or the channels' of images).
_AXES = "    axes = tuple(range(x.ndim - 1))\n"
_PCA = """    mean = x.mean(axis=0)
    eigenvalues, vectors = np.linalg.eigh(np.cov(x - mean, rowvar=False))
    order = np.argsort(eigenvalues)[::-1][:{components}]
    projection = vectors[:, order]{whiten}
    ones = np.ones_like(mean, dtype=np.float32)
    return Scaling(mean.astype(np.float32), ones, projection.astype(np.float32))"""
_WHITEN = "\n    projection = projection / np.sqrt(np.maximum(eigenvalues[order], 1e-12))"
_MINMAX = (
    _AXES
    + """    lo, hi = x.min(axis=axes), x.max(axis=axes)
    scale = (hi - lo) / (1.0 - {low!r})
    shift = lo - {low!r} * scale
    return Scaling(shift.astype(np.float32), _safe(scale**2))"""
)
_FITS = {
    "standardize": lambda p: (
        _AXES + "    return Scaling(x.mean(axis=axes).astype(np.float32), _safe(x.var(axis=axes)))"
    ),
    "minmax_01": lambda p: _MINMAX.format(low=0.0),
    "minmax_11": lambda p: _MINMAX.format(low=-1.0),
    "pca": lambda p: _PCA.format(components=p["components"], whiten=""),
    "whiten": lambda p: _PCA.format(components=p["components"], whiten=_WHITEN),
}


def _scaling(pick: Pick) -> str:
    if pick.name == "none":
        return ""
    if pick.name not in _FITS:
        message = translate(
            "engine.script", "the script export does not know the preprocessing '{name}'"
        )
        raise ScriptError(message.format(name=pick.name))
    label = str(catalog.PREPROCESSING[pick.name].label_en)
    preprocess = _source(builder._preprocess).replace("def _preprocess(", "def preprocess(", 1)
    return f'''{_source(preprocessing.Scaling)}

{_source(preprocessing._safe)}

def fit_scaling(x_train: np.ndarray) -> Scaling:
    """{label}, fitted on the training split only."""
    x = x_train.astype(np.float64)
{_FITS[pick.name](pick.params)}


{preprocess}'''


def _augmentation(p: Plan) -> str:
    augmentation = p.experiment.data.augmentation
    if not augmentation.active():
        return ""
    values = "".join(f"    {k}={v!r},\n" for k, v in asdict(augmentation).items())
    # The engine's function, its argument's type named as the script has it.
    layers = _source(builder.augmentation_layers).replace(
        "augmentation: Augmentation,", "augmentation: SimpleNamespace,", 1
    )
    return f"AUGMENTATION = SimpleNamespace(\n{values})\n\n\n{layers}"


def _build_model(p: Plan) -> str:
    experiment = p.experiment
    lines = [
        "def build_model(x_train: np.ndarray) -> keras.Model:",
        '    """The network as LayerLab builds it: the preprocessing inside, then each layer."""',
        f"    inputs = keras.Input(shape={p.input_shape()!r}, name='input')",
        "    x = inputs",
    ]
    if experiment.data.augmentation.active():
        lines += [
            "    value_range = (float(x_train.min()), float(x_train.max()))",
            f"    for layer in augmentation_layers(AUGMENTATION, {p.input_shape()!r}, "
            "value_range, SEED):",
            "        x = layer(x)",
        ]
    if experiment.data.preprocessing.name != "none":
        lines.append("    x = preprocess(fit_scaling(x_train), x)")
    seen = shapes.input_shapes(p.infos(), p.feature_shape())
    for index, (layer, shape) in enumerate(zip(experiment.layers, seen, strict=True)):
        kind = catalog.LAYER_KINDS[layer.kind]
        with i18n.as_written():  # the script is a file: English
            summary = kind.summary(layer)
        lines.append(f"\n    # {shapes.probe_label(index, layer)}{': ' * bool(summary)}{summary}")
        lines += [_line(step) for step in p.layer_steps(index, shape)]
    lines += [
        f"\n    # {shapes.OUTPUT_LABEL}: {p.output_units()} units, {p.output_activation()}",
        *(_line(step) for step in p.head_steps()),
        "    return keras.Model(inputs, x, name='exported')",
    ]
    return "\n".join(lines)


def _line(step: Step, indent: str = "    ") -> str:
    """A step as one line of code, its call's arguments wrapped one per line if too long."""
    line = indent + step.code("keras")
    if len(line) <= WIDTH:
        return line
    inputs = step.inputs[0] if len(step.inputs) == 1 else f"[{', '.join(step.inputs)}]"
    return f"{indent}{step.out} = {_wrapped(step.call, indent)}({inputs})"


def _expression(call: Call, indent: str, before: str) -> str:
    """A call as code where ``before`` precedes it on the line, wrapped if too long."""
    code = call.code("keras")
    return code if len(indent + before + code) < WIDTH else _wrapped(call, indent)


def _wrapped(call: Call, indent: str) -> str:
    """``keras.x.Y(`` then each argument on a line of its own, as a formatter would."""
    node: Any = ast.parse(call.code("keras"), mode="eval").body  # Call.code writes a call
    parts = [ast.unparse(a) for a in node.args]
    parts += [f"{k.arg}={ast.unparse(k.value)}" for k in node.keywords]
    inner = "".join(f"{indent}    {part},\n" for part in parts)
    return f"keras.{call.path}(\n{inner}{indent})"


# Each planned schedule's multiplier of the base rate after the warm-up (catalog/
# schedules.py), in terms of ``step``, ``after`` (steps since the warm-up), ``span``
# (steps from the warm-up to the end), ``total`` and ``steps_per_epoch``.
_FACTORS: dict[str, Callable[[dict], str]] = {
    "constant": lambda p: "1.0",
    "exponential": lambda p: f"{p['rate']!r} ** np.floor(after / steps_per_epoch)",
    "step": lambda p: (
        f"{p['factor']!r} ** int((step >= {p['first']!r} * total) + "
        f"(step >= {p['second']!r} * total))"
    ),
    "cosine": lambda p: "0.5 * (1.0 + np.cos(math.pi * after / max(span, 1)))",
    "linear": lambda p: "1.0 - after / max(span, 1)",
    "inverse_sqrt": lambda p: "1.0 / np.sqrt(1.0 + after / steps_per_epoch)",
}


def planned(p: Plan) -> bool:
    """Whether the script sets the rate before every batch, as LayerLab does for a
    planned schedule (a constant rate without warm-up needs nothing)."""
    pick = p.experiment.training.schedule
    schedule: catalog.Schedule = catalog.SCHEDULES[pick.name]  # type: ignore[assignment]
    if schedule.callback(pick.params) is not None:
        return False
    return pick.name != "constant" or bool(pick.params.get("warmup"))


def _schedule(p: Plan) -> str:
    if not planned(p):
        return ""
    t = p.experiment.training
    pick, base = t.schedule, t.optimizer.params["learning_rate"]
    if pick.name not in _FACTORS:
        message = translate(
            "engine.script", "the script export does not know the schedule '{name}'"
        )
        raise ScriptError(message.format(name=pick.name))
    with i18n.as_written():  # the script is a file: English
        describe = catalog.SCHEDULES[pick.name].describe(pick.params)  # type: ignore[attr-defined]
    warmup = pick.params.get("warmup", 0.0)
    if warmup:
        before = f"""    warm = round({warmup!r} * total)
    if step < warm:
        return {base!r} * ((step + 1.0) / warm)
    after, span = step - warm, total - warm"""
    else:
        before = "    after, span = step, total"
    return f'''def learning_rate(step: int, steps_per_epoch: int) -> float:
    """The rate at optimizer step ``step`` (from 0): {describe}."""
    total = EPOCHS * steps_per_epoch
{before}
    return float({base!r} * ({_FACTORS[pick.name](pick.params)}))


class PlannedRate(keras.callbacks.Callback):
    """Sets the optimizer's rate before every batch, as planned for that step."""

    def __init__(self, steps_per_epoch: int) -> None:
        super().__init__()
        self.steps_per_epoch = steps_per_epoch
        self.epoch = 0

    def on_epoch_begin(self, epoch, logs=None) -> None:
        self.epoch = epoch

    def on_train_batch_begin(self, batch, logs=None) -> None:
        step = self.epoch * self.steps_per_epoch + batch
        self.model.optimizer.learning_rate.assign(learning_rate(step, self.steps_per_epoch))'''


def _optimizer(p: Plan) -> Call:
    """The optimizer as the builder makes it, the clipping as one of its arguments."""
    t = p.experiment.training
    clipping: catalog.ClipChoice = catalog.CLIPPING[t.clipping.name]  # type: ignore[assignment]
    extra = {clipping.argument: t.clipping.params["threshold"]} if clipping.argument else {}
    return catalog.OPTIMIZERS[t.optimizer.name].call(**extra, **t.optimizer.params)


def _callbacks(p: Plan) -> list[str]:
    t = p.experiment.training
    stopping = catalog.EARLY_STOPPING[t.early_stopping.name]
    schedule: catalog.Schedule = catalog.SCHEDULES[t.schedule.name]  # type: ignore[assignment]
    calls = [
        stopping.call(**t.early_stopping.params) if stopping.call else None,
        schedule.callback(t.schedule.params),
    ]
    written = [_expression(c, " " * 12, "") + "," for c in calls if c is not None]
    return written + (["PlannedRate(steps_per_epoch),"] if planned(p) else [])


def _metric(p: Plan) -> str:
    if not p.classification:
        return "'mae'"
    kind = "Categorical" if p.one_hot_targets() else "SparseCategorical"
    return f"keras.metrics.{kind}Accuracy(name='accuracy')"


def _train(p: Plan) -> str:
    loss = catalog.LOSSES[p.loss_name()].call()  # type: ignore[misc]
    written = _callbacks(p)
    callbacks = "".join(f"\n            {c}" for c in written) + "\n        " * bool(written)
    steps = "    steps_per_epoch = math.ceil(len(x_train) / BATCH_SIZE)\n" * planned(p)
    return f'''def train(model: keras.Model, x_train, y_train, x_val, y_val) -> None:
    """Compile and fit as LayerLab does: the same optimizer, loss, batches and callbacks."""
    model.compile(
        optimizer={_expression(_optimizer(p), " " * 8, "optimizer=")},
        loss={_expression(loss, " " * 8, "loss=")},
        metrics=[{_metric(p)}],
    )
{steps}    model.fit(
        x_train,
        y_train,
        batch_size=BATCH_SIZE,
        epochs=EPOCHS,
        validation_data=(x_val, y_val),
        shuffle=True,
        verbose=2,
        callbacks=[{callbacks}],
    )'''


def _main(p: Plan) -> str:
    if p.one_hot_targets():
        classes = p.dataset().num_classes
        targets = (
            f"    # {p.loss_name()} compares the class probabilities with one-hot rows\n"
            f"    y_train, y_val, y_test = (np.eye({classes}, dtype=np.float32)[y] "
            "for y in (y_train, y_val, y_test))\n"
        )
    else:
        targets = ""
    key, words = ("accuracy", "test accuracy") if p.classification else ("mae", "test MAE")
    return f"""def main() -> None:
    # First of all: the initial weights and the shuffling follow from the seed.
    keras.utils.set_random_seed(SEED)
    x, y = load_data()
    x_train, y_train, x_val, y_val, x_test, y_test = split(x, y)
    model = build_model(x_train)
{targets}    train(model, x_train, y_train, x_val, y_val)
    results = model.evaluate(x_test, y_test, verbose=0, return_dict=True)
    print(f"{{NAME}}: {words} {{results[{key!r}]:.4f}}, test loss {{results['loss']:.4f}}")


if __name__ == "__main__":
    main()"""
