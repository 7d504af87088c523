"""LayerLab entry point: the window by default, headless subcommands for scripts.

Only argparse is imported up front: the window must appear within about a second,
and TensorFlow (seconds to import) loads in the background or only for ``run``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core import __version__

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


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
        epilog="commands:\n  run    train an experiment without a window "
        "(see 'layerlab run --help')",
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
    return parser


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
    return experiment if _data_ready(experiment, file) else None


def _data_ready(experiment, file: Path | None) -> bool:
    """Read the experiment's own data file now, so a bad one is bad input (exit 2)."""
    from core.engine import data

    try:
        problems = data.plan_for(experiment).problems()
    except data.DataError as err:
        print(f"error: cannot load the data: {err}", file=sys.stderr)
        return False
    for problem in problems:
        print(f"error: {file or 'experiment'}: {problem}", file=sys.stderr)
    return not problems


def _format_metrics(metrics) -> str:
    return "  ".join(f"{k} {v:.4f}" for k, v in metrics.items())


def run_command(argv: list[str]) -> int:
    args = _run_parser().parse_args(argv)
    experiment = _load_experiment(args.file)
    if experiment is None:
        return EXIT_BAD_INPUT
    if args.epochs:
        from dataclasses import replace

        experiment = replace(experiment, training=replace(experiment.training, epochs=args.epochs))
    if args.out.exists() and not args.out.is_dir():
        print(f"error: --out {args.out} exists and is not a directory", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        print(f"error: cannot create --out {args.out}: {err.strerror}", file=sys.stderr)
        return EXIT_BAD_INPUT

    print(f"Training '{experiment.name}' for {experiment.training.epochs} epochs…", flush=True)
    from core.engine import training
    from core.model.events import EpochEnd, Failed
    from core.model.insight import RunHistory

    history = RunHistory()

    def progress(event) -> None:
        history(event)
        if isinstance(event, EpochEnd):
            total = experiment.training.epochs
            print(f"epoch {event.epoch + 1}/{total}  {_format_metrics(event.metrics)}", flush=True)

    try:
        result = training.train(experiment, progress, run_dir=args.out)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    if isinstance(result, Failed):
        print(f"error: {result.message}", file=sys.stderr)
        return EXIT_FAILED
    print(
        f"done in {result.seconds:.1f} s (looking inside: {result.inside_seconds:.2f} s)  "
        f"{_format_metrics(result.test_metrics)}"
    )
    for finding in history.findings():
        print(f"diagnosis: {finding}")
    print(f"wrote {args.out}/experiment.json, metrics.csv, histograms.npz, model.keras")
    return EXIT_OK


def window_command(argv: list[str]) -> int:
    args = _window_parser().parse_args(argv)
    from gui.app import run_app

    return run_app(args.file)


COMMANDS = {"run": run_command}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS:
        return COMMANDS[argv[0]](argv[1:])
    return window_command(argv)


if __name__ == "__main__":
    sys.exit(main())
