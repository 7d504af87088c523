"""Sweeps: Optuna picks the settings (grid, random or TPE, through its ask/tell
interface), LayerLab's own engine trains each trial into a run folder of its own.

The study lives in an Optuna storage: by default a journal file inside the sweep's
folder (nothing to start), or any storage URL Optuna takes (e.g. PostgreSQL), which
is Optuna's own way to spread a study over machines: ``main.py sweep-worker`` started
anywhere joins it. The sweep's definition (the experiment, the settings varied, the seeds,
the metric, the number of trials) is kept in the study itself, so a worker needs only the
storage and the study's name. ``--parallel P`` runs P workers as processes here.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import math
import multiprocessing
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import optuna

from core.i18n import translate
from core.model import files, spec
from core.model.run_files import SWEEP_SUMMARY, read_metrics
from core.model.sweeps import Axis, SweepError, with_values

JOURNAL = "optuna-journal.log"
STRATEGIES = ("grid", "random", "tpe")
SKIPPED = "skipped"  # a trial asked for after the study had all it needed
# What a trial's value can be: a last-epoch column of metrics.csv.
METRICS = ("val_loss", "val_accuracy", "val_mae", "loss", "accuracy", "mae")


@dataclass(frozen=True)
class SweepPlan:
    experiment: spec.Experiment
    axes: tuple[Axis, ...]
    strategy: str = "grid"
    trials: int = 0  # 0: the grid's size
    seeds: int = 1
    metric: str = "val_loss"

    @property
    def total(self) -> int:
        if self.trials:
            return self.trials
        return math.prod(len(axis.values) for axis in self.axes)

    @property
    def maximize(self) -> bool:
        return "accuracy" in self.metric

    def to_attrs(self) -> dict[str, Any]:
        return {
            "experiment": self.experiment.to_json(),
            "axes": [axis.__dict__ for axis in self.axes],
            "strategy": self.strategy,
            "trials": self.total,
            "seeds": self.seeds,
            "metric": self.metric,
        }

    @classmethod
    def from_attrs(cls, attrs: dict[str, Any]) -> SweepPlan:
        experiment = spec.from_dict(json.loads(attrs["experiment"]), "the study")
        axes = tuple(Axis(**{**a, "values": tuple(a["values"])}) for a in attrs["axes"])
        return cls(
            experiment, axes, attrs["strategy"], attrs["trials"], attrs["seeds"], attrs["metric"]
        )


def storage_for(url: str | None, folder: Path) -> optuna.storages.BaseStorage | str:
    """The storage named (a database URL, or ``journal:PATH`` for a journal file on a
    shared disk), else a journal file in the sweep's folder."""
    from optuna.storages import JournalStorage
    from optuna.storages.journal import JournalFileBackend

    if url and not url.startswith("journal:"):
        return url
    path = Path(url[len("journal:") :]) if url else folder / JOURNAL
    path.parent.mkdir(parents=True, exist_ok=True)
    return JournalStorage(JournalFileBackend(str(path)))


def _sampler(plan: SweepPlan, worker: int = 0) -> optuna.samplers.BaseSampler:
    """A grid's points are queued in the study itself (``create``), which hands each to
    one worker only; random and TPE ask their sampler, seeded per worker (workers with
    the same seed would draw the same settings)."""
    seed = plan.experiment.seed + 1000 * worker
    if plan.strategy == "tpe":
        return optuna.samplers.TPESampler(seed=seed)
    return optuna.samplers.RandomSampler(seed=seed)


def create(plan: SweepPlan, storage, name: str) -> optuna.Study:
    """The study, made (or joined, when it exists) with the sweep's definition in it."""
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    direction = "maximize" if plan.maximize else "minimize"
    study = optuna.create_study(
        storage=storage,
        study_name=name,
        sampler=_sampler(plan),
        direction=direction,
        load_if_exists=True,
    )
    stored = study.user_attrs.get("plan")
    if stored is not None and stored != json.loads(json.dumps(plan.to_attrs())):
        message = translate(
            "engine.sweep",
            "the study {name} there holds another sweep (other settings, values or "
            "experiment): choose another --out, or another --study",
        )
        raise SweepError(message.format(name=repr(name)))
    if stored is None:
        study.set_user_attr("plan", plan.to_attrs())
        if plan.strategy == "grid":
            if not all(axis.listed for axis in plan.axes):
                raise SweepError(
                    translate(
                        "engine.sweep",
                        "a grid needs listed values (PATH=V1,V2); ranges need random or tpe",
                    )
                )
            places = [axis.place for axis in plan.axes]
            for point in itertools.product(*(axis.values for axis in plan.axes)):
                study.enqueue_trial(dict(zip(places, point, strict=True)))
    return study


def join(storage, name: str, worker: int) -> tuple[optuna.Study, SweepPlan]:
    """A study another process made, with its sweep's definition; ``worker`` tells the
    workers' samplers apart."""
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    try:
        found = optuna.load_study(study_name=name, storage=storage)
    except KeyError:
        message = translate("engine.sweep", "no study named {name} in that storage")
        raise SweepError(message.format(name=repr(name))) from None
    if "plan" not in found.user_attrs:
        message = translate("engine.sweep", "the study {name} was not made by a LayerLab sweep")
        raise SweepError(message.format(name=repr(name)))
    plan = SweepPlan.from_attrs(found.user_attrs["plan"])
    study = optuna.load_study(study_name=name, storage=storage, sampler=_sampler(plan, worker))
    return study, plan


Say = Callable[[str], None]


def work(study: optuna.Study, plan: SweepPlan, folder: Path, say: Say = print) -> int:
    """Ask, train, tell until the study has all its trials; how many this one ran."""
    from core.engine import training
    from core.model.events import Finished

    done = 0
    while True:
        trial = study.ask()
        if trial.number >= plan.total:  # others took the last ones meanwhile
            trial.set_user_attr(SKIPPED, True)
            study.tell(trial, state=optuna.trial.TrialState.FAIL)
            return done
        values = {axis.place: axis.suggest(trial) for axis in plan.axes}
        shown = ", ".join(f"{k}={v}" for k, v in values.items())
        experiment = with_values(plan.experiment, values)
        scores, runs, tests = [], [], []
        for offset in range(plan.seeds):
            run_dir = folder / (f"trial-{trial.number:03d}" + f"-seed{offset}" * (plan.seeds > 1))
            seeded = experiment if not offset else _reseeded(experiment, offset)
            try:
                result = training.train(seeded, lambda event: None, run_dir=Path(run_dir))
            except KeyboardInterrupt:
                study.tell(trial, state=optuna.trial.TrialState.FAIL)
                raise
            runs.append(str(run_dir))
            if not isinstance(result, Finished):
                break
            scores.append(_final(Path(run_dir), plan.metric))
            tests.append(result.test_metrics)
        trial.set_user_attr("runs", runs)
        trial.set_user_attr("tests", tests)
        if len(scores) < plan.seeds or any(math.isnan(s) for s in scores):
            study.tell(trial, state=optuna.trial.TrialState.FAIL)
            message = translate(
                "engine.sweep", "trial {trial}/{total}: {values}: failed (see {run})"
            )
            say(
                message.format(trial=trial.number + 1, total=plan.total, values=shown, run=runs[-1])
            )
        else:
            mean = sum(scores) / len(scores)
            trial.set_user_attr("scores", scores)
            study.tell(trial, mean)
            message = translate("engine.sweep", "trial {trial}/{total}: {values}: {metric} {score}")
            say(
                message.format(
                    trial=trial.number + 1,
                    total=plan.total,
                    values=shown,
                    metric=plan.metric,
                    score=f"{mean:.4f}",
                )
            )
        done += 1
        write_summary(study, plan, folder)


def _reseeded(experiment: spec.Experiment, offset: int) -> spec.Experiment:
    return replace(experiment, seed=experiment.seed + offset)


def _final(run_dir: Path, metric: str) -> float:
    rows = read_metrics(run_dir / "metrics.csv")
    return float(rows[-1].get(metric, math.nan)) if rows else math.nan


def summary_rows(study: optuna.Study, plan: SweepPlan) -> list[list[str]]:
    """One row per trial: its values, state, the metric (mean and spread over seeds),
    the test metrics (means) and its run folders."""
    places = [axis.place for axis in plan.axes]
    header = [
        "trial",
        *places,
        "state",
        plan.metric,
        f"{plan.metric}_std",
        "test_accuracy",
        "test_loss",
        "runs",
    ]
    rows = [header]
    for trial in study.get_trials(deepcopy=False):
        if trial.user_attrs.get(SKIPPED):
            continue
        scores = trial.user_attrs.get("scores", [])
        tests = trial.user_attrs.get("tests", [])
        mean = sum(scores) / len(scores) if scores else math.nan
        spread = (sum((s - mean) ** 2 for s in scores) / len(scores)) ** 0.5 if scores else math.nan

        def tested(key: str, tests=tests) -> str:
            values = [t[key] for t in tests if key in t]
            return f"{sum(values) / len(values):.4f}" if values else ""

        rows.append(
            [
                str(trial.number),
                *(str(trial.params.get(p, "")) for p in places),
                trial.state.name.lower(),
                "" if math.isnan(mean) else f"{mean:.6f}",
                "" if math.isnan(spread) else f"{spread:.6f}",
                tested("test_accuracy"),
                tested("test_loss"),
                " ".join(trial.user_attrs.get("runs", [])),
            ]
        )
    return rows


def write_summary(study: optuna.Study, plan: SweepPlan, folder: Path) -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(summary_rows(study, plan))
    files.write_text(folder / SWEEP_SUMMARY, out.getvalue())
    return folder / SWEEP_SUMMARY


def _worker(storage_url: str | None, name: str, folder: str, threads: int, index: int) -> None:
    """A process of ``--parallel``: its share of the CPU, then the same loop (its words
    in the language the locale asks for, as the command line's)."""
    from core import i18n

    i18n.load(i18n.language_from_environment())
    os.environ["TF_NUM_INTRAOP_THREADS"] = str(threads)
    import tensorflow as tf

    tf.config.threading.set_intra_op_parallelism_threads(threads)
    tf.config.threading.set_inter_op_parallelism_threads(threads)
    storage = storage_for(storage_url, Path(folder))
    study, plan = join(storage, name, index)
    try:
        work(study, plan, Path(folder))
    except KeyboardInterrupt:
        return


def run_parallel(storage_url: str | None, name: str, folder: Path, parallel: int) -> int:
    """``parallel`` worker processes on the study, each with its share of the cores
    (TensorFlow would otherwise give every process all of them, and they would fight)."""
    threads = max(1, (os.cpu_count() or 1) // parallel)
    context = multiprocessing.get_context("spawn")
    workers = [
        context.Process(target=_worker, args=(storage_url, name, str(folder), threads, index))
        for index in range(parallel)
    ]
    for worker in workers:
        worker.start()
    try:
        for worker in workers:
            worker.join()
    except KeyboardInterrupt:
        for worker in workers:
            worker.join(timeout=60)
        raise
    return sum(worker.exitcode != 0 for worker in workers)
