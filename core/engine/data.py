"""Datasets that need no download, split with a fixed seed."""

from __future__ import annotations

import gzip
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from core.engine import sources
from core.engine.sources import DataError
from core.i18n import translate
from core.model import catalog
from core.model.catalog import Scaling
from core.model.insight import PROBE_SAMPLES
from core.model.plan import Plan, split_counts
from core.model.spec import Experiment, Pick

if TYPE_CHECKING:
    from core.engine.file_data import ImageFiles
    from core.engine.image_stream import Stream
    from core.engine.table_stream import TableFile, TableStream

SAMPLE_IMAGES = 512  # a streamed set's training images preprocessing is fitted on
SAMPLE_ROWS = 10_000  # ... and a streamed table's rows


@dataclass(frozen=True)
class Dataset:
    """The three splits. Streamed (an image folder or a table too big for memory, or so
    chosen), ``streams`` holds them and the arrays only a sample: the first training
    samples (what preprocessing is fitted on) and the validation ones the probes see."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray
    y_val: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    class_names: tuple[str, ...]
    streams: tuple[Stream, ...] | tuple[TableStream, ...] | None = None  # train, val, test
    skipped: tuple[str, ...] = ()  # images left out as unreadable, read in memory
    loading: str = "in memory"  # or "streamed from disk": how a run reads the images

    @property
    def sizes(self) -> tuple[int, int, int]:
        if self.streams is not None:
            train, val, test = (len(s) for s in self.streams)
            return train, val, test
        return len(self.x_train), len(self.x_val), len(self.x_test)


def _digits(images: bool) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    from sklearn.datasets import load_digits

    bunch = load_digits()
    x = bunch.images[..., np.newaxis] if images else bunch.data
    names = tuple(str(n) for n in bunch.target_names)
    return x.astype(np.float32), bunch.target.astype(np.int64), names


def digits_subset(
    x: np.ndarray, y: np.ndarray, digits: list[int], parity: bool
) -> tuple[np.ndarray, np.ndarray]:
    """The samples of ``digits``, as classes 0, 1, ... in the order of ``digits``, or 0
    for even and 1 for odd. (Copied into exported scripts: self-contained.)"""
    keep = np.isin(y, digits)
    x, y = x[keep], y[keep]
    if parity:
        return x, (y % 2).astype(np.int64)
    return x, np.searchsorted(np.array(digits), y).astype(np.int64)


def few_per_class(x: np.ndarray, y: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray]:
    """The first ``count`` samples of each class of a (shuffled) training split, in
    their order. (Copied into exported scripts: self-contained.)"""
    keep = np.zeros(len(y), dtype=bool)
    for label in np.unique(y):
        keep[np.flatnonzero(y == label)[:count]] = True
    return x[keep], y[keep]


def _part_of_digits(
    x: np.ndarray, y: np.ndarray, p: Mapping[str, Any]
) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    digits = list(catalog.DIGIT_RANGES[p["classes"].name])
    parity = p["labels"].name == "parity"
    if digits == list(range(10)) and not parity:
        return x, y, tuple(str(d) for d in digits)
    x, y = digits_subset(x, y, digits, parity)
    return x, y, ("even", "odd") if parity else tuple(str(d) for d in digits)


def _bundled(loader_name: str) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    import sklearn.datasets

    bunch = getattr(sklearn.datasets, loader_name)()
    names = tuple(str(n) for n in getattr(bunch, "target_names", ()))
    target = bunch.target.astype(np.float32 if not names else np.int64)
    return bunch.data.astype(np.float32), target, names


def plane_features(points: np.ndarray, params: dict) -> np.ndarray:
    """x1, x2 and the derived features TensorFlow Playground offers, as chosen."""
    x1, x2 = points[:, 0], points[:, 1]
    columns = [x1, x2]
    if params.get("squares"):
        columns += [x1**2, x2**2]
    if params.get("product"):
        columns.append(x1 * x2)
    if params.get("sines"):
        columns += [np.sin(x1), np.sin(x2)]
    return np.stack(columns, axis=1).astype(np.float32)


def toy_points(name: str, samples: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The 2-D sets of TensorFlow Playground, in [-1, 1]²: (points, targets)."""
    rng = np.random.default_rng(seed)
    half = samples // 2
    if name == "circle":
        radius = np.concatenate([rng.uniform(0, 0.5, half), rng.uniform(0.7, 1.0, samples - half)])
        angle = rng.uniform(0, 2 * np.pi, samples)
        points = np.stack([radius * np.cos(angle), radius * np.sin(angle)], axis=1)
        target = (np.arange(samples) < half).astype(np.int64)
    elif name == "xor":
        points = rng.uniform(-1, 1, (samples, 2))
        points += np.sign(points) * 0.05  # a small gap around the axes
        target = (points[:, 0] * points[:, 1] >= 0).astype(np.int64)
    elif name == "gauss":
        centres = np.where((np.arange(samples) < half)[:, None], 0.45, -0.45)
        points = centres + rng.normal(0, 0.2, (samples, 2))
        target = (np.arange(samples) < half).astype(np.int64)
    elif name == "spiral":
        t = np.concatenate([np.linspace(0, 1, half), np.linspace(0, 1, samples - half)])
        turn = np.concatenate([np.zeros(half), np.full(samples - half, np.pi)])
        angle = 1.75 * t * 2 * np.pi + turn
        points = np.stack([t * np.sin(angle), t * np.cos(angle)], axis=1)
        target = (np.arange(samples) < half).astype(np.int64)
    else:
        points = rng.uniform(-1, 1, (samples, 2))
        if name == "plane":
            target = (points[:, 0] + points[:, 1]) / 2
        else:
            bumps = ((0.5, 0.5, 1), (-0.5, -0.5, 1), (0.5, -0.5, -1), (-0.5, 0.5, -1))
            target = sum(
                sign * np.exp(-((points[:, 0] - a) ** 2 + (points[:, 1] - b) ** 2) / 0.18)
                for a, b, sign in bumps
            )
        target = (target + rng.normal(0, noise * 0.5, samples)).astype(np.float32)
        return points.astype(np.float32), target
    points = points + rng.normal(0, noise * 0.3, points.shape)
    return points.astype(np.float32), target


def keras_cache() -> Path:
    """Where Keras keeps downloaded datasets (KERAS_HOME, else ~/.keras)."""
    return Path(os.environ.get("KERAS_HOME") or Path.home() / ".keras") / "datasets"


def _missing(name: str, path: Path, loader: str) -> DataError:
    message = translate(
        "engine.data",
        "{name} is not in the Keras cache: {path} does not exist. LayerLab never downloads "
        "data; on a machine with internet run {command} and copy {cache} here.",
    )
    command = f"\"python -c 'import keras; keras.datasets.{loader}.load_data()'\""
    return DataError(message.format(name=name, path=path, command=command, cache=keras_cache()))


def _mnist() -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    path = keras_cache() / "mnist.npz"
    if not path.is_file():
        raise _missing("MNIST", path, "mnist")
    try:
        with np.load(path, allow_pickle=False) as npz:
            missing = [k for k in ("x_train", "y_train", "x_test", "y_test") if k not in npz]
            if missing:
                message = translate("engine.data", "{path}: the array '{name}' is missing")
                raise DataError(message.format(path=path, name=missing[0]))
            parts = {k: npz[k] for k in ("x_train", "y_train", "x_test", "y_test")}
    except (OSError, ValueError) as err:
        if isinstance(err, DataError):
            raise
        message = translate("engine.data", "{path}: not a readable .npz file ({error})")
        raise DataError(message.format(path=path, error=err)) from None
    x = np.concatenate([parts["x_train"], parts["x_test"]])[..., np.newaxis]
    y = np.concatenate([parts["y_train"], parts["y_test"]])
    return x.astype(np.float32), y.astype(np.int64), tuple(str(i) for i in range(10))


FASHION_CLASSES = (
    "T-shirt/top",
    "Trouser",
    "Pullover",
    "Dress",
    "Coat",
    "Sandal",
    "Shirt",
    "Sneaker",
    "Bag",
    "Ankle boot",
)


def _idx(path: Path, offset: int) -> np.ndarray:
    """One gzipped IDX file of the MNIST family: a header, then unsigned bytes."""
    if not path.is_file():
        raise _missing("Fashion-MNIST", path, "fashion_mnist")
    try:
        with gzip.open(path, "rb") as f:
            return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)
    except (OSError, ValueError, EOFError) as err:
        message = translate("engine.data", "{path}: not a readable gzipped IDX file ({error})")
        raise DataError(message.format(path=path, error=err)) from None


def _fashion_mnist() -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    folder = keras_cache() / "fashion-mnist"
    xs, ys = [], []
    for part in ("train", "t10k"):
        labels = _idx(folder / f"{part}-labels-idx1-ubyte.gz", 8)
        images = _idx(folder / f"{part}-images-idx3-ubyte.gz", 16)
        if images.size != labels.size * 28 * 28:
            message = translate(
                "engine.data", "{folder}: {part} images and labels do not match in number"
            )
            raise DataError(message.format(folder=folder, part=part))
        xs.append(images.reshape(len(labels), 28, 28, 1))
        ys.append(labels)
    x, y = np.concatenate(xs), np.concatenate(ys)
    return x.astype(np.float32), y.astype(np.int64), FASHION_CLASSES


_LOADERS = {
    "mnist": _mnist,
    "fashion_mnist": _fashion_mnist,
    "digits": lambda: _digits(images=False),
    "digits_images": lambda: _digits(images=True),
    "iris": lambda: _bundled("load_iris"),
    "wine": lambda: _bundled("load_wine"),
    "breast_cancer": lambda: _bundled("load_breast_cancer"),
    "diabetes": lambda: _bundled("load_diabetes"),
}


def read_user_file(
    experiment: Experiment, progress: sources.Progress | None = None
) -> sources.FileData | None:
    """Read the experiment's own data file, if it has one (cached per file version)."""
    pick = experiment.data.dataset
    if not catalog.is_user_file(pick.name):
        return None
    return sources.read(pick.name, pick.params, progress)


def plan_for(experiment: Experiment, progress: sources.Progress | None = None) -> Plan:
    """The experiment with the facts of its data, reading the user's file if it has one
    (a DataError says why it cannot be used)."""
    found = read_user_file(experiment, progress)
    return Plan(experiment, found.facts() if found is not None else None)


def _load_all(plan: Plan) -> tuple[np.ndarray | None, np.ndarray, tuple[str, ...]]:
    """Inputs (None for an image folder: read per split), targets, class names."""
    experiment = plan.experiment
    pick = experiment.data.dataset
    if pick.name in _LOADERS:
        x, y, names = _LOADERS[pick.name]()
        return _part_of_digits(x, y, pick.params) if "classes" in pick.params else (x, y, names)
    found = read_user_file(experiment)
    if found is not None:
        return found.x, found.y, found.class_names
    p = pick.params
    points, target = toy_points(pick.name, p["samples"], p["noise"], experiment.seed)
    names = ("class 0", "class 1") if plan.classification else ()
    return plane_features(points, p), target, names


def split_indices(plan: Plan, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which samples train, validate and test: stratified, seeded, test set held out,
    in the sizes ``split_counts`` gives. The samples' numbers are split, not the samples:
    the same split for arrays and for an image folder's files."""
    from sklearn.model_selection import train_test_split

    seed, spec = plan.experiment.seed, plan.experiment.data
    _, val, test = split_counts(len(y), spec.validation_fraction, spec.test_fraction)
    stratify = y if plan.classification else None
    try:
        rest, test_part, y_rest, _ = train_test_split(
            np.arange(len(y)), y, test_size=test, random_state=seed, stratify=stratify
        )
        train_part, val_part = train_test_split(
            rest,
            test_size=val,
            random_state=seed,
            stratify=y_rest if stratify is not None else None,
        )
    except ValueError as err:  # e.g. a class with a single sample cannot be stratified
        message = translate("engine.data", "{source}: cannot split the data ({error})")
        raise DataError(message.format(source=_source(plan), error=err)) from None
    return train_part, val_part, test_part


def load(plan: Plan, progress: sources.Progress | None = None, preview: bool = False) -> Dataset:
    """Load and split the experiment's dataset (``split_indices``); an image folder's
    images are read into memory or streamed (``image_stream.in_memory``), or for a
    ``preview`` (the Data view) only the first of each split are read."""
    x, y, names = _load_all(plan)
    train, val, test = split_indices(plan, y)
    if x is None:
        found = read_user_file(plan.experiment)
        if found.table is not None:
            return _table(found.table, y, names, (train, val, test))
        return _images(plan, found.images, names, (train, val, test), progress, preview)
    x_train, x_val, x_test = x[train], x[val], x[test]
    y_train, y_val, y_test = y[train], y[val], y[test]
    few = plan.experiment.data.dataset.params.get("per_class")
    if few:
        x_train, y_train = few_per_class(x_train, y_train, few)
    if np.isnan(x_train).any() or np.isnan(x_val).any() or np.isnan(x_test).any():
        x_train, x_val, x_test = fill_missing(x_train, x_val, x_test)
    return Dataset(x_train, y_train, x_val, y_val, x_test, y_test, names)


def _images(
    plan: Plan,
    files: ImageFiles,
    names: tuple[str, ...],
    parts: tuple[np.ndarray, np.ndarray, np.ndarray],
    progress: sources.Progress | None,
    preview: bool,
) -> Dataset:
    from core.engine import image_stream

    params = plan.experiment.data.dataset.params
    skip = params["unreadable"].name == "skip"
    batch_size = plan.experiment.training.batch_size
    keep = image_stream.in_memory(files, params["loading"].name, batch_size)
    if keep and not preview:
        read = []
        for i, indices in enumerate(parts):
            share = (lambda f, i=i: progress((i + f) / 3)) if progress else None
            read.append(image_stream.read_split(files, indices, skip, share))
        (x_train, y_train, a), (x_val, y_val, b), (x_test, y_test, c) = read
        return Dataset(x_train, y_train, x_val, y_val, x_test, y_test, names, skipped=(*a, *b, *c))
    streams = tuple(image_stream.Stream(files, indices, skip) for indices in parts)
    x_train, y_train = streams[0].head(SAMPLE_IMAGES)
    x_val, y_val = streams[1].head(PROBE_SAMPLES)
    x_test, y_test = streams[2].head(0)
    loading = "in memory" if keep else "streamed from disk"
    return Dataset(x_train, y_train, x_val, y_val, x_test, y_test, names, streams, (), loading)


def _table(
    table: TableFile,
    y: np.ndarray,
    names: tuple[str, ...],
    parts: tuple[np.ndarray, np.ndarray, np.ndarray],
) -> Dataset:
    """A table streamed from its encoded rows on disk, gaps filled with the training
    split's means (as ``fill_missing`` fills them in memory)."""
    from core.engine.table_stream import TableStream

    fill = table.means(parts[0]) if table.missing else None
    streams = tuple(TableStream(table, indices, y, fill) for indices in parts)
    x_train, y_train = streams[0].head(SAMPLE_ROWS)
    x_val, y_val = streams[1].head(PROBE_SAMPLES)
    x_test, y_test = streams[2].head(0)
    return Dataset(
        x_train, y_train, x_val, y_val, x_test, y_test, names, streams, (), "streamed from disk"
    )


def _source(plan: Plan) -> str:
    pick = plan.experiment.data.dataset
    return pick.params.get("path") or plan.dataset().label


def fill_missing(*parts: np.ndarray) -> tuple[np.ndarray, ...]:
    """Missing values take the training split's mean of their feature (no leakage).
    (Copied into exported scripts: self-contained.)"""
    train = parts[0]
    observed = ~np.isnan(train)
    counts = observed.sum(axis=0)
    means = np.where(counts > 0, np.nansum(train, axis=0) / np.maximum(counts, 1), 0.0)
    return tuple(np.where(np.isnan(p), means, p).astype(np.float32) for p in parts)


def fit_scaling(pick: Pick, x_train: np.ndarray) -> Scaling | None:
    """The preprocessing ``pick`` asks for, fitted on ``x_train`` (None: no scaling)."""
    choice: catalog.Preprocessing = catalog.PREPROCESSING[pick.name]  # type: ignore[assignment]
    return choice.fit(pick.params, x_train)
