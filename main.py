"""LayerLab entry point: the window by default, headless subcommands for scripts.

Only argparse is imported up front: the window must appear within about a second,
and TensorFlow (seconds to import) loads in the background or only for ``run``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import cli_parsers
from core.i18n import translate

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
EXIT_INTERRUPTED = 130  # what shells report for Ctrl+C


def export_command(argv: list[str]) -> int:
    """Export and check; the measured difference is printed either way."""
    args = cli_parsers.export_parser().parse_args(argv)
    if not (args.run / "model.keras").is_file():
        message = translate("main", "{folder} is not a run folder (it has no model.keras)")
        _error(message.format(folder=args.run))
        return EXIT_BAD_INPUT
    from core.engine import export
    from core.model.exports import describe

    try:
        done = export.export(args.run, args.format, args.out, args.quantization)
    except export.ExportError as err:
        _error(str(err))
        return EXIT_FAILED
    print(describe(done))
    return EXIT_OK


def report_command(argv: list[str]) -> int:
    args = cli_parsers.report_parser().parse_args(argv)
    from core.model import files, report

    try:
        report.write(args.runs, args.out)
    except (report.ReportError, files.WriteError) as err:
        _error(str(err))
        return EXIT_BAD_INPUT
    size = args.out.stat().st_size
    wrote = translate("main", "wrote {file} ({size} MB, {count} run(s))")
    print(wrote.format(file=args.out, size=f"{size / 1e6:.1f}", count=len(args.runs)))
    return EXIT_OK


def _load_experiment(file: Path | None):
    from core.model import plan, spec, templates

    try:
        experiment = templates.default_experiment() if file is None else plan.load(file)
    except spec.SpecError as err:
        source = err.source or translate("main", "experiment")
        _error(translate("main", "{file} is not a valid experiment:").format(file=source))
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return None
    problems, notes = _read_data(experiment)
    for note in notes:
        print(translate("main", "note: {note}").format(note=note))
    where = file or translate("main", "experiment")
    for problem in problems:
        _error(f"{where}: {problem}")
    return None if problems else experiment


def _read_data(experiment) -> tuple[list[str], tuple[str, ...]]:
    """Read the experiment's own data file now, so that a bad one (or a network too big
    for this machine) is bad input (exit 2) found before training: (its problems, what
    was done to the file, as the Data tab says)."""
    from dataclasses import replace

    from core.engine import data
    from core.model.facts import FileFacts
    from core.model.machine import available_memory

    try:
        plan = replace(data.plan_for(experiment), free_memory=available_memory())
        problems = [str(p) for p in plan.problems()]
    except data.DataError as err:
        return [translate("main", "cannot load the data: {error}").format(error=err)], ()
    return problems, plan.file.notes if isinstance(plan.file, FileFacts) else ()


def _out_problem(out: Path) -> str | None:
    """Why the run's files could not be written into ``out`` (None: they can), found before
    anything is read or trained and without creating anything: the folder, or the nearest
    one above it that exists, must be a folder that takes a new file."""
    from core.model import files

    try:
        existing = next(f for f in (out, *out.absolute().parents) if _exists(f))
    except OSError as err:  # e.g. a parent that cannot be searched
        message = translate("main", "cannot create --out {out}: {reason}")
        return message.format(out=out, reason=files.describe(err))
    if not existing.is_dir():
        if existing == out:
            return translate("main", "--out {out} exists and is not a directory").format(out=out)
        message = translate("main", "cannot create --out {out}: {file} is not a directory")
        return message.format(out=out, file=existing)
    try:
        with tempfile.NamedTemporaryFile(dir=existing):
            pass
    except OSError as err:
        if existing == out:
            message = translate("main", "cannot write into --out {out}: {reason}")
        else:
            message = translate("main", "cannot create --out {out}: {reason}")
        return message.format(out=out, reason=files.describe(err))
    return None


def _exists(path: Path) -> bool:
    """Whether something is at ``path``; an OSError other than 'not there' is raised."""
    try:
        path.stat()
    except FileNotFoundError:
        return False
    return True


def _error(problem: str) -> None:
    """A problem, said on stderr as an error."""
    print(translate("main", "error: {problem}").format(problem=problem), file=sys.stderr)


def _format_metrics(metrics) -> str:
    return "  ".join(f"{k} {v:.4f}" for k, v in metrics.items())


def run_command(argv: list[str]) -> int:
    args = cli_parsers.run_parser().parse_args(argv)
    replay = _replay(args.steering)
    experiment = _prepare_run(args) if replay is not None else None
    return EXIT_BAD_INPUT if experiment is None else _train(experiment, args, replay)


def _replay(path: Path | None):
    """The rate changes to make again (none without --steering); None when the file
    cannot be read, said why."""
    from core.model import steering

    if path is None:
        return ()
    try:
        return steering.rate_changes(path)
    except steering.SteeringError as err:
        _error(f"--steering: {err}")
        return None


def _prepare_run(args: argparse.Namespace):
    """The experiment to train, with --out made; None (bad input, said why) when either
    cannot be, found before minutes of reading and training rather than after."""
    problem = _out_problem(args.out)
    if problem:
        _error(problem)
        return None
    experiment = _load_experiment(args.file)
    if experiment is None:
        return None
    if args.epochs:
        from dataclasses import replace

        experiment = replace(experiment, training=replace(experiment.training, epochs=args.epochs))
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        message = translate("main", "cannot create --out {out}: {reason}")
        _error(message.format(out=args.out, reason=err.strerror or err))
        return None
    return experiment


def _train(experiment, args: argparse.Namespace, replay=()) -> int:
    """Train, printing each epoch and then the diagnoses; the exit status."""
    from core.engine import devices, training

    try:
        placement = devices.use(args.devices)
    except devices.DeviceError as err:
        _error(f"--devices: {err}")
        return EXIT_BAD_INPUT
    epochs = experiment.training.epochs
    starting = translate("main", "Training '{name}' for {epochs} epochs on {devices}…")
    print(
        starting.format(name=experiment.name, epochs=epochs, devices=placement.description),
        flush=True,
    )
    if replay:
        at = translate("main", "{rate} at step {step}")
        steps = ", ".join(at.format(rate=f"{c.rate:g}", step=c.step) for c in replay)
        replaying = translate("main", "Replaying the learning rates set by hand: {steps}")
        print(replaying.format(steps=steps), flush=True)
    from core.model.events import EpochEnd, Failed
    from core.model.insight import RunHistory

    history = RunHistory()

    def progress(event) -> None:
        history(event)
        if isinstance(event, EpochEnd):
            line = translate("main", "epoch {epoch}/{total}  {metrics}").format(
                epoch=event.epoch + 1,
                total=experiment.training.epochs,
                metrics=_format_metrics(event.metrics),
            )
            print(line, flush=True)

    try:
        result = training.train(experiment, progress, run_dir=args.out, replay=replay)
    except KeyboardInterrupt:  # the engine has recorded what was done
        message = translate("main", "interrupted; the run so far is in {folder}")
        print(message.format(folder=args.out), file=sys.stderr)
        return EXIT_INTERRUPTED
    if isinstance(result, Failed):
        _error(result.message)
        if args.verbose and result.details:
            print(result.details.rstrip(), file=sys.stderr)
        return EXIT_FAILED
    done = translate("main", "done in {seconds} s (looking inside: {inside} s)  {metrics}")
    print(
        done.format(
            seconds=f"{result.seconds:.1f}",
            inside=f"{result.inside_seconds:.2f}",
            metrics=_format_metrics(result.test_metrics),
        )
    )
    for finding in history.findings():
        print(translate("main", "diagnosis: {finding}").format(finding=finding))
    wrote = translate(
        "main", "wrote {folder}/experiment.json, metrics.csv, histograms.npz, model.keras"
    )
    print(wrote.format(folder=args.out))
    return EXIT_OK


def check_command(argv: list[str]) -> int:
    """Validate each file as ``run`` would before training; every problem, file by file."""
    args = cli_parsers.check_parser().parse_args(argv)
    fine = [_check_file(file) for file in args.files]  # every file, even after a bad one
    return EXIT_OK if all(fine) else EXIT_BAD_INPUT


def _check_file(file: Path) -> bool:
    """Print the file's problems, or that it is ok; True when it is."""
    from core.model import plan, spec

    try:
        problems, _ = _read_data(plan.load(file))
    except spec.SpecError as err:
        problems = [str(p) for p in err.problems]
    for problem in problems:
        print(f"{file}: {problem}")
    if not problems:
        print(translate("main", "{file}: ok").format(file=file))
    return not problems


def window_command(argv: list[str]) -> int:
    args = cli_parsers.window_parser().parse_args(argv)
    from gui.app import run_app

    return run_app(args.file)


def _sweep_problems(args: argparse.Namespace, experiment) -> tuple[tuple, list[str]]:
    """The sweep's settings, and every problem with them or the data, before training."""
    from core.engine.sweep import METRICS
    from core.model import sweeps

    try:
        axes = tuple(sweeps.parse_axis(text) for text in args.set)
        problems = sweeps.check(experiment, list(axes)) + _read_data(experiment)[0]
    except sweeps.SweepError as err:
        return (), [str(err)]
    if args.strategy == "grid" and not all(axis.listed for axis in axes):
        problems.append(
            translate("main", "a grid needs listed values (PATH=V1,V2); ranges need random or tpe")
        )
    if args.strategy != "grid" and not args.trials:
        needs = translate("main", "--strategy {strategy} needs --trials N")
        problems.append(needs.format(strategy=args.strategy))
    if args.metric not in METRICS:
        one_of = translate("main", "--metric {metric}: one of {choices}")
        problems.append(one_of.format(metric=args.metric, choices=", ".join(METRICS)))
    return axes, problems


def sweep_command(argv: list[str]) -> int:
    """A sweep: every problem said before anything trains, then the trials, then the table."""
    args = cli_parsers.sweep_parser().parse_args(argv)
    experiment = _prepare_run(args)
    if experiment is None:
        return EXIT_BAD_INPUT
    axes, problems = _sweep_problems(args, experiment)
    from core.engine import sweep
    from core.model.sweeps import SweepError

    plan = sweep.SweepPlan(
        experiment, axes, args.strategy, args.trials or 0, args.seeds, args.metric
    )
    try:
        study = (
            None
            if problems
            else sweep.create(plan, sweep.storage_for(args.storage, args.out), args.study)
        )
    except SweepError as err:
        problems = [str(err)]
    for problem in problems:
        _error(problem)
    if problems:
        return EXIT_BAD_INPUT
    sweeping = translate("main", "Sweep of {trials} trials ({strategy}), {parallel} at a time:")
    print(sweeping.format(trials=plan.total, strategy=args.strategy, parallel=args.parallel))
    for axis in axes:
        print(f"  {axis.place}: {axis.words()}")
    failed = 0
    if args.parallel > 1:
        failed = sweep.run_parallel(args.storage, args.study, args.out, args.parallel)
    else:
        sweep.work(study, plan, args.out, lambda text: print(text, flush=True))
    print(translate("main", "wrote {file}").format(file=sweep.write_summary(study, plan, args.out)))
    if failed:
        _error(translate("main", "{count} worker process(es) failed").format(count=failed))
        return EXIT_FAILED
    return EXIT_OK


def sweep_worker_command(argv: list[str]) -> int:
    args = cli_parsers.worker_parser().parse_args(argv)
    from core.engine import sweep
    from core.model.spec import SpecError
    from core.model.sweeps import SweepError

    try:
        storage = sweep.storage_for(args.storage, args.out)
        study, plan = sweep.join(storage, args.study, worker=os.getpid() % 100_000)
        problems, _ = _read_data(plan.experiment)  # a data file missing on this machine
    except (SweepError, SpecError) as err:
        problems = [str(err)]
    for problem in problems:
        _error(problem)
    if problems:
        return EXIT_BAD_INPUT
    args.out.mkdir(parents=True, exist_ok=True)
    ran = sweep.work(study, plan, args.out, lambda text: print(text, flush=True))
    finished = translate("main", "this worker trained {count} trial(s); the study is complete")
    print(finished.format(count=ran))
    return EXIT_OK


COMMANDS = {
    "run": run_command,
    "check": check_command,
    "export": export_command,
    "report": report_command,
    "sweep": sweep_command,
    "sweep-worker": sweep_worker_command,
}


def main(argv: list[str] | None = None) -> int:
    from core import i18n

    i18n.load(i18n.language_from_environment())  # the window installs its own later
    cli_parsers.speak()
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] in COMMANDS:
            return COMMANDS[argv[0]](argv[1:])
        return window_command(argv)
    except KeyboardInterrupt:  # Ctrl+C: a word, not a traceback, wherever it came
        print(translate("main", "interrupted"), file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
