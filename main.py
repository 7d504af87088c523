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

from core import __version__

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
EXIT_INTERRUPTED = 130  # what shells report for Ctrl+C


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {text!r}")
    return value


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="layerlab",
        description="LayerLab: build a neural network layer by layer, train it with Keras "
        "and watch it learn. With no command, opens the window.",
        epilog="commands:\n"
        "  run    train an experiment without a window (see 'layerlab run --help')\n"
        "  check  validate experiment files and read their data, without training\n"
        "  export take a run's trained model out, checked (see 'layerlab export --help')",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file", nargs="?", type=Path, help="experiment file (.json) to open; default: digits MLP"
    )
    parser.add_argument("--version", action="version", version=f"LayerLab {__version__}")
    return parser


def _run_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="layerlab run",
        description="Train an experiment headless. Writes experiment.json, metrics.csv, "
        "histograms.npz and model.keras into the output directory.",
    )
    parser.add_argument(
        "file", nargs="?", type=Path, help="experiment file (.json); default: digits MLP"
    )
    parser.add_argument("--out", required=True, type=Path, help="directory for the run's files")
    parser.add_argument("--epochs", type=_positive_int, help="override the experiment's epochs")
    parser.add_argument(
        "--devices",
        type=_positive_int,
        help="train on N devices with MirroredStrategy: N GPUs, or on a machine without "
        "one, the CPU split into N; default: every GPU when there are several, else one "
        "device (a cluster in TF_CONFIG: MultiWorkerMirroredStrategy)",
    )
    parser.add_argument(
        "--steering",
        type=Path,
        metavar="FILE",
        help="replay the learning-rate changes of a run steered in the window, at the same "
        "steps (its steering.json)",
    )
    parser.add_argument(
        "--verbose", action="store_true", help="on a failure, also print the technical details"
    )
    return parser


def _check_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="layerlab check",
        description="Validate experiment files and read their data files, without training. "
        "Prints every problem of each file, or 'FILE: ok'. Exit status 0 when all are fine, "
        "2 otherwise.",
    )
    parser.add_argument("files", nargs="+", type=Path, help="experiment files (.json)")
    return parser


def _export_parser() -> argparse.ArgumentParser:
    from core.model.exports import FORMATS, QUANTIZATIONS

    parser = argparse.ArgumentParser(
        prog="layerlab export",
        description="Export a run's trained model and check it: the file is loaded again in "
        "its own runtime and compared with the trained model on 256 validation samples. "
        "Exit status 0 when it passed, 1 when the export or its check failed, 2 for a run "
        "folder that cannot be used.",
    )
    parser.add_argument("run", type=Path, help="a run folder (holds model.keras)")
    parser.add_argument(
        "--format", required=True, choices=[f.key for f in FORMATS], help="what to write"
    )
    parser.add_argument("--out", required=True, type=Path, help="the file (or folder) to write")
    parser.add_argument(
        "--quantization",
        default="none",
        choices=[key for key, _, _ in QUANTIZATIONS],
        help="for tflite: float16 or 8-bit (dynamic range) weights",
    )
    return parser


def export_command(argv: list[str]) -> int:
    """Export and check; the measured difference is printed either way."""
    args = _export_parser().parse_args(argv)
    if not (args.run / "model.keras").is_file():
        print(f"error: {args.run} is not a run folder (it has no model.keras)", file=sys.stderr)
        return EXIT_BAD_INPUT
    from core.engine import export
    from core.model.exports import describe

    try:
        done = export.export(args.run, args.format, args.out, args.quantization)
    except export.ExportError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_FAILED
    print(describe(done))
    return EXIT_OK


def _report_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="layerlab report",
        description="Write a lab report: one self-contained HTML file (no network, no "
        "script) with each run's experiment, curves, histograms at the start, middle and "
        "end, gradients, confusion matrix or decision boundary, diagnoses, test metrics "
        "and machine; several runs add a comparison. Exit status 0, or 2 for a folder "
        "that is no run or a file that cannot be written.",
    )
    parser.add_argument("runs", nargs="+", type=Path, help="run folders")
    parser.add_argument("--out", required=True, type=Path, help="the HTML file to write")
    return parser


def report_command(argv: list[str]) -> int:
    args = _report_parser().parse_args(argv)
    from core.model import files, report

    try:
        report.write(args.runs, args.out)
    except (report.ReportError, files.WriteError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({size / 1e6:.1f} MB, {len(args.runs)} run(s))")
    return EXIT_OK


def _load_experiment(file: Path | None):
    from core.model import plan, spec, templates

    try:
        experiment = templates.default_experiment() if file is None else plan.load(file)
    except spec.SpecError as err:
        source = err.source or "experiment"
        print(f"error: {source} is not a valid experiment:", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return None
    problems, notes = _read_data(experiment)
    for note in notes:
        print(f"note: {note}")
    for problem in problems:
        print(f"error: {file or 'experiment'}: {problem}", file=sys.stderr)
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
        return [f"cannot load the data: {err}"], ()
    return problems, plan.file.notes if isinstance(plan.file, FileFacts) else ()


def _out_problem(out: Path) -> str | None:
    """Why the run's files could not be written into ``out`` (None: they can), found before
    anything is read or trained and without creating anything: the folder, or the nearest
    one above it that exists, must be a folder that takes a new file."""
    from core.model import files

    try:
        existing = next(f for f in (out, *out.absolute().parents) if _exists(f))
    except OSError as err:  # e.g. a parent that cannot be searched
        return f"cannot create --out {out}: {files.describe(err)}"
    if not existing.is_dir():
        if existing == out:
            return f"--out {out} exists and is not a directory"
        return f"cannot create --out {out}: {existing} is not a directory"
    try:
        with tempfile.NamedTemporaryFile(dir=existing):
            pass
    except OSError as err:
        verb = "write into" if existing == out else "create"
        return f"cannot {verb} --out {out}: {files.describe(err)}"
    return None


def _exists(path: Path) -> bool:
    """Whether something is at ``path``; an OSError other than 'not there' is raised."""
    try:
        path.stat()
    except FileNotFoundError:
        return False
    return True


def _format_metrics(metrics) -> str:
    return "  ".join(f"{k} {v:.4f}" for k, v in metrics.items())


def run_command(argv: list[str]) -> int:
    args = _run_parser().parse_args(argv)
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
        print(f"error: --steering: {err}", file=sys.stderr)
        return None


def _prepare_run(args: argparse.Namespace):
    """The experiment to train, with --out made; None (bad input, said why) when either
    cannot be, found before minutes of reading and training rather than after."""
    problem = _out_problem(args.out)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
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
        print(f"error: cannot create --out {args.out}: {err.strerror or err}", file=sys.stderr)
        return None
    return experiment


def _train(experiment, args: argparse.Namespace, replay=()) -> int:
    """Train, printing each epoch and then the diagnoses; the exit status."""
    from core.engine import devices, training

    try:
        placement = devices.use(args.devices)
    except devices.DeviceError as err:
        print(f"error: --devices: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    epochs = experiment.training.epochs
    print(
        f"Training '{experiment.name}' for {epochs} epochs on {placement.description}…", flush=True
    )
    if replay:
        steps = ", ".join(f"{c.rate:g} at step {c.step}" for c in replay)
        print(f"Replaying the learning rates set by hand: {steps}", flush=True)
    from core.model.events import EpochEnd, Failed
    from core.model.insight import RunHistory

    history = RunHistory()

    def progress(event) -> None:
        history(event)
        if isinstance(event, EpochEnd):
            total = experiment.training.epochs
            print(f"epoch {event.epoch + 1}/{total}  {_format_metrics(event.metrics)}", flush=True)

    try:
        result = training.train(experiment, progress, run_dir=args.out, replay=replay)
    except KeyboardInterrupt:  # the engine has recorded what was done
        print(f"interrupted; the run so far is in {args.out}", file=sys.stderr)
        return EXIT_INTERRUPTED
    if isinstance(result, Failed):
        print(f"error: {result.message}", file=sys.stderr)
        if args.verbose and result.details:
            print(result.details.rstrip(), file=sys.stderr)
        return EXIT_FAILED
    print(
        f"done in {result.seconds:.1f} s (looking inside: {result.inside_seconds:.2f} s)  "
        f"{_format_metrics(result.test_metrics)}"
    )
    for finding in history.findings():
        print(f"diagnosis: {finding}")
    print(f"wrote {args.out}/experiment.json, metrics.csv, histograms.npz, model.keras")
    return EXIT_OK


def check_command(argv: list[str]) -> int:
    """Validate each file as ``run`` would before training; every problem, file by file."""
    args = _check_parser().parse_args(argv)
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
        print(f"{file}: ok")
    return not problems


def window_command(argv: list[str]) -> int:
    args = _window_parser().parse_args(argv)
    from gui.app import run_app

    return run_app(args.file)


def _sweep_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="layerlab sweep",
        description="Train an experiment once per choice of settings, picked by Optuna; one "
        "run folder per trial and summary.csv in --out.",
        epilog="Example: layerlab sweep exp.json --set "
        "layers[0].kernel_initializer=small_gaussian,glorot_uniform --out sweep",
    )
    parser.add_argument("file", nargs="?", type=Path, help="experiment file; default: digits MLP")
    parser.add_argument(
        "--set",
        action="append",
        required=True,
        metavar="PATH=VALUES",
        help="a setting by its place in the file and its values: V1,V2,... or LOW:HIGH[:log] "
        "(repeatable)",
    )
    parser.add_argument("--strategy", choices=("grid", "random", "tpe"), default="grid")
    parser.add_argument(
        "--trials", type=_positive_int, help="how many trials (default: the grid's size)"
    )
    parser.add_argument(
        "--seeds", type=_positive_int, default=1, help="runs per trial, seeds apart"
    )
    parser.add_argument(
        "--metric", default="val_loss", help="what the search optimizes (last epoch)"
    )
    parser.add_argument("--epochs", type=_positive_int, help="override the experiment's epochs")
    parser.add_argument("--parallel", type=_positive_int, default=1, help="trials at once")
    parser.add_argument("--out", required=True, type=Path, help="folder for the trials' runs")
    parser.add_argument("--storage", help="an Optuna storage URL (default: a journal in --out)")
    parser.add_argument("--study", default="layerlab-sweep", help="the study's name")
    return parser


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
        problems.append("a grid needs listed values (PATH=V1,V2); ranges need random or tpe")
    if args.strategy != "grid" and not args.trials:
        problems.append(f"--strategy {args.strategy} needs --trials N")
    if args.metric not in METRICS:
        problems.append(f"--metric {args.metric}: one of {', '.join(METRICS)}")
    return axes, problems


def sweep_command(argv: list[str]) -> int:
    """A sweep: every problem said before anything trains, then the trials, then the table."""
    args = _sweep_parser().parse_args(argv)
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
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        return EXIT_BAD_INPUT
    print(f"Sweep of {plan.total} trials ({args.strategy}), {args.parallel} at a time:")
    for axis in axes:
        print(f"  {axis.place}: {axis.words()}")
    failed = 0
    if args.parallel > 1:
        failed = sweep.run_parallel(args.storage, args.study, args.out, args.parallel)
    else:
        sweep.work(study, plan, args.out, lambda text: print(text, flush=True))
    print(f"wrote {sweep.write_summary(study, plan, args.out)}")
    if failed:
        print(f"error: {failed} worker process(es) failed", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _worker_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="layerlab sweep-worker",
        description="Join a sweep's study in a shared Optuna storage and train its trials "
        "until it has them all (start one on each machine).",
    )
    parser.add_argument("--storage", required=True, help="the study's Optuna storage URL")
    parser.add_argument("--study", default="layerlab-sweep", help="the study's name")
    parser.add_argument("--out", required=True, type=Path, help="folder for this worker's runs")
    return parser


def sweep_worker_command(argv: list[str]) -> int:
    args = _worker_parser().parse_args(argv)
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
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        return EXIT_BAD_INPUT
    args.out.mkdir(parents=True, exist_ok=True)
    ran = sweep.work(study, plan, args.out, lambda text: print(text, flush=True))
    print(f"this worker trained {ran} trial(s); the study is complete")
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
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] in COMMANDS:
            return COMMANDS[argv[0]](argv[1:])
        return window_command(argv)
    except KeyboardInterrupt:  # Ctrl+C: a word, not a traceback, wherever it came
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
