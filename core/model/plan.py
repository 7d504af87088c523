"""An experiment together with what is known of its data: what it will train on.

A built-in dataset's shape and task are in the catalog; a user's file's are known only
once it has been read (in the engine), so they are passed in here explicitly. The same
experiment with the same facts always gives the same answers: nothing is read from a
cache or a file.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model import catalog, shapes, spec
from core.model.catalog import Call, DatasetChoice, Step, steps_per_epoch
from core.model.catalog.calls import seeded_steps
from core.model.catalog.layers import activation_call, initializer_call
from core.model.facts import FileFacts, Known
from core.model.machine import size_words
from core.model.spec import Experiment, Pick, Problem, SpecError

UNREAD = " has not been read yet"  # how the English message ends (see ``unread``)
NO_FILE = QT_TRANSLATE_NOOP("plan", "no file chosen yet")


def unread(message: str) -> bool:
    """Whether a data problem only says that the file is still to be read (no error)."""
    head, _, tail = translate("plan", "{file} has not been read yet").partition("{file}")
    return message.startswith(head) and message.endswith(tail)


def split_counts(n: int, validation: float, test: float) -> tuple[int, int, int]:
    """(train, validation, test) counts of ``n`` samples: each held-out share rounded
    up. The engine splits exactly these counts."""
    held_out = math.ceil(test * n)
    val = math.ceil(validation / (1.0 - test) * (n - held_out))
    return n - held_out - val, val, held_out


BYTES = 4  # float32
# Activations kept per layer and sample while training: the values, their gradients and
# the layer's own copies (BatchNorm, activation, dropout masks): an upper estimate.
ACTIVATION_COPIES = 4
DATA_COPIES = 3  # the loaded array, its splits and the scaled copies while fitting
STREAM_BATCHES = 8  # a streamed set's batches in flight (image_stream.py, table_stream.py)
# ... and its samples kept in memory: preprocessing's and the probes' (core/engine/data.py)
STREAM_KEPT = {"image_folder": 512 + 256, "csv": 10_000 + 256}


@dataclass(frozen=True)
class Plan:
    experiment: Experiment
    file: Known = None  # the user's file: its facts, why it cannot be used, or unread
    free_memory: int | None = None  # bytes the machine can give a run (None: no check)

    def dataset(self) -> DatasetChoice:
        """The dataset's facts; for a user's file, as read (see ``data_problem``)."""
        pick = self.experiment.data.dataset
        choice: DatasetChoice = catalog.DATASETS[pick.name]  # type: ignore[assignment]
        if not choice.user_file:
            return choice.resolved(pick.params)
        if not isinstance(self.file, FileFacts):
            return choice
        return replace(
            choice,
            input_shape=self.file.input_shape,
            task=self.file.task,
            num_classes=len(self.file.class_names),
            samples=self.file.samples,
        )

    def data_problem(self) -> str | None:
        """Why the user's data file cannot be used yet (None: a built-in set, or read)."""
        pick = self.experiment.data.dataset
        if not catalog.is_user_file(pick.name):
            return None
        if not pick.params.get("path", "").strip():
            return translate("plan", NO_FILE)
        if self.file is None:
            message = translate("plan", "{file} has not been read yet")
            return message.format(file=Path(pick.params["path"]).name)
        return self.file if isinstance(self.file, str) else None

    @property
    def classification(self) -> bool:
        return self.dataset().task == "classification"

    def input_shape(self) -> tuple[int, ...]:
        """The shape of one sample, derived features of the 2-D sets included."""
        dataset, params = self.dataset(), self.experiment.data.dataset.params
        if not dataset.plane:
            return dataset.input_shape
        extra = 2 * params["squares"] + params["product"] + 2 * params["sines"]
        return (2 + extra,)

    def _preprocessing(self) -> tuple[catalog.Preprocessing, dict]:
        pick = self.experiment.data.preprocessing
        return catalog.PREPROCESSING[pick.name], dict(pick.params)  # type: ignore[return-value]

    def feature_shape(self) -> tuple[int, ...]:
        """The shape the first layer sees (PCA keeps only its components)."""
        choice, params = self._preprocessing()
        return choice.feature_shape(params, self.input_shape())

    def samples(self) -> int:
        return self.experiment.data.dataset.params.get("samples", self.dataset().samples)

    def split_sizes(self) -> tuple[int, int, int]:
        """(train, validation, test) sample counts (training on a few per class: each
        class has at least 100 in a digits training split, so the count is exact)."""
        data = self.experiment.data
        train, val, test = split_counts(
            self.samples(), data.validation_fraction, data.test_fraction
        )
        few = data.dataset.params.get("per_class")
        if few:
            train = min(train, few * self.dataset().num_classes)
        return train, val, test

    def steps_per_epoch(self) -> int:
        return steps_per_epoch(self.split_sizes()[0], self.experiment.training.batch_size)

    def output_units(self) -> int:
        dataset = self.dataset()
        return dataset.num_classes if dataset.task == "classification" else 1

    def output_activation(self) -> str:
        """The output activation: the user's override, else what the task needs."""
        chosen = self.experiment.output.activation.name
        if chosen != "auto":
            return chosen
        return "softmax" if self.classification else "linear"

    def output_pick(self) -> Pick:
        """The output activation with its parameters (a Leaky ReLU keeps its alpha)."""
        chosen = self.experiment.output.activation
        return chosen if chosen.name != "auto" else Pick(self.output_activation())

    def head_steps(self) -> tuple[Step, ...]:
        """The output layer as Keras calls: one unit per class (or one), its activation.
        The builder makes them and the script export writes them."""
        head = self.experiment.output
        dense = Call(
            "layers.Dense",
            (self.output_units(),),
            {
                "kernel_initializer": initializer_call(head.kernel_initializer),
                "name": "output_dense",
            },
        )
        steps = (Step(dense), Step(activation_call(self.output_pick(), "output")))
        return seeded_steps(steps, self.experiment.seed, "output")

    def layer_steps(self, index: int, shape: tuple[int, ...]) -> tuple[Step, ...]:
        """Layer ``index`` (receiving ``shape``) as Keras calls, its random draws seeded
        from the experiment's seed and its place. The builder makes them, the script
        export writes them."""
        layer = self.experiment.layers[index]
        prefix = shapes.layer_prefix(index, layer)
        steps = catalog.LAYER_KINDS[layer.kind].steps(layer, prefix, shape)
        return seeded_steps(steps, self.experiment.seed, prefix)

    def loss_name(self) -> str:
        name = self.experiment.training.loss.name
        if name == "auto":
            return "crossentropy" if self.classification else "mse"
        return name

    def one_hot_targets(self) -> bool:
        """A classifier trained with MSE, MAE or Huber compares probabilities with one-hot
        rows; cross-entropy takes the class numbers as they are."""
        return self.classification and self.loss_name() != "crossentropy"

    def infos(self) -> list[shapes.LayerInfo]:
        return shapes.infer(
            self.experiment.layers,
            self.feature_shape(),
            self.output_units(),
            self.output_activation(),
        )

    def probe_labels(self) -> list[str]:
        return shapes.probe_labels(self.experiment.layers)

    def planned_rates(self, points: int | None = None) -> tuple[np.ndarray, np.ndarray] | None:
        """(epoch of each point, planned rate) for the schedule, over at most ``points``
        steps; None when the rate is not planned (Keras changes it while training)."""
        t = self.experiment.training
        per_epoch = self.steps_per_epoch()
        total = t.epochs * per_epoch
        count = total if points is None else min(total, points)
        steps = np.unique(np.linspace(0, total - 1, count).astype(np.int64))
        schedule: catalog.Schedule = catalog.SCHEDULES[t.schedule.name]  # type: ignore[assignment]
        base = t.optimizer.params["learning_rate"]
        rates = schedule.rates(t.schedule.params, base, t.epochs, per_epoch, steps)
        return None if rates is None else ((steps + 1) / per_epoch, rates)

    def memory_needed(self, infos: list[shapes.LayerInfo] | None = None) -> int | None:
        """An estimate of the bytes training takes: weights, their gradients and the
        optimizer's slots, one batch's activations, and the data (None: shapes unknown)."""
        infos = self.infos() if infos is None else infos
        if any(i.output_shape is None for i in infos):
            return None
        t = self.experiment.training
        slots = catalog.OPTIMIZERS[t.optimizer.name].slots  # type: ignore[attr-defined]
        weights = shapes.total_params(infos) * BYTES * (2 + slots)
        values = math.prod(self.input_shape()) + sum(math.prod(i.output_shape) for i in infos)
        activations = values * t.batch_size * BYTES * ACTIVATION_COPIES
        data = self.samples() * math.prod(self.input_shape()) * BYTES * DATA_COPIES
        if self._streamed(data):  # only its batches in flight and the samples it keeps
            kept = STREAM_KEPT[self.experiment.data.dataset.name]
            data = (STREAM_BATCHES * t.batch_size + kept) * math.prod(self.input_shape())
            data *= BYTES
        return weights + activations + data

    def _streamed(self, data: int) -> bool:
        """Whether an image folder or a table will be streamed (core/engine/file_data
        .keep_in_memory)."""
        pick = self.experiment.data.dataset
        if "loading" not in pick.params:
            return False
        loading = pick.params["loading"].name
        free = self.free_memory
        return loading == "stream" or (
            loading == "auto" and free is not None and data / DATA_COPIES > free / 6
        )

    def _memory_problems(self, infos: list[shapes.LayerInfo]) -> list[Problem]:
        """A network that would not fit in the machine, named by its biggest layers."""
        needed = self.memory_needed(infos)
        if self.free_memory is None or needed is None or needed <= self.free_memory:
            return []
        layers = sorted((i for i in infos if i.index >= 0), key=lambda i: -i.params)[:3]
        each = translate("plan", "{layer} ({count} parameters)")
        biggest = ", ".join(
            each.format(
                layer=f"{i.index + 1} {catalog.LAYER_KINDS[i.kind].label}", count=f"{i.params:,}"
            )
            for i in layers
            if i.params
        )
        where = f"layers[{layers[0].index}]" if layers and layers[0].params else "training"
        sizes = {"needed": size_words(needed), "free": size_words(self.free_memory)}
        if biggest:
            message = translate(
                "plan",
                "training needs about {needed} of memory, more than the {free} this machine "
                "has free; the biggest layers: {layers}. Use fewer units or filters, or a "
                "smaller batch.",
            ).format(layers=biggest, **sizes)
        else:
            message = translate(
                "plan",
                "training needs about {needed} of memory, more than the {free} this machine "
                "has free. Use fewer units or filters, or a smaller batch.",
            ).format(**sizes)
        return [Problem(where, message)]

    def network_problems(self) -> list[Problem]:
        """Problems of the network as a whole: shapes that do not fit together."""
        experiment = self.experiment
        choice, params = self._preprocessing()
        pre = choice.problem(params, self.input_shape())
        if pre:
            return [Problem("data.preprocessing", pre)]
        train, val, _ = self.split_sizes()
        if min(train, val) < 1:
            n = self.samples()
            message = translate(
                "plan",
                "{count} samples are too few to split into training, validation and test sets",
            )
            return [Problem("data", message.format(count=n))]
        if experiment.data.augmentation.active() and len(self.input_shape()) != 3:
            message = translate("plan", "image augmentation needs image data")
            return [Problem("data.augmentation", message)]
        infos = self.infos()
        misfits = [
            Problem(f"layers[{i}]" if i >= 0 else "output", message)
            for i, message in shapes.problems(infos)
        ]
        return misfits or self._memory_problems(infos)

    def problems(self) -> list[Problem]:
        """Every problem (empty when it can be trained): the fields first, then the data,
        then the network."""
        try:
            parsed = spec.from_dict(self.experiment.to_dict())  # missing fields: defaults
        except SpecError as err:
            return err.problems
        problem = self.data_problem()
        if problem:
            path = self.experiment.data.dataset.params.get("path", "")
            where = "data.dataset.path" if not path.strip() else "data.dataset"
            return [Problem(where, problem)]
        return Plan(parsed, self.file, self.free_memory).network_problems()


def validate(experiment: Experiment, file: Known = None) -> list[Problem]:
    """Every problem of an experiment, given what is known of its data file."""
    return Plan(experiment, file).problems()


def load(path: str | Path) -> Experiment:
    """Read an experiment file for use: a SpecError names every problem of its fields
    and, for data known without reading a file, of its network."""
    experiment = spec.load(path)
    plan = Plan(experiment)
    if plan.data_problem() is None:
        problems = plan.network_problems()
        if problems:
            raise SpecError(problems, str(path))
    return experiment
