"""The command line's parsers: what each subcommand takes, with its help, in the
language LANG asks for (``main`` loads it before building them)."""

from __future__ import annotations

import argparse
from pathlib import Path

from core import __version__
from core.i18n import QT_TRANSLATE_NOOP, translate

# argparse's own words: it asks gettext, which has no Korean for them. Marked here for
# lupdate, they reach argparse through its module-level ``_`` (see ``speak``).
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


def speak() -> None:
    """argparse's words in the language loaded (``core.i18n.load``)."""
    argparse._ = lambda text: translate("argparse", text)


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        message = translate("main", "must be a positive integer, got {text}")
        raise argparse.ArgumentTypeError(message.format(text=repr(text)))
    return value


def window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="layerlab",
        description=translate(
            "main",
            "LayerLab: build a neural network layer by layer, train it with Keras and watch "
            "it learn. With no command, opens the window.",
        ),
        epilog=translate(
            "main",
            "commands:\n"
            "  run    train an experiment without a window (see 'layerlab run --help')\n"
            "  check  validate experiment files and read their data, without training\n"
            "  export take a run's trained model out, checked (see 'layerlab export --help')",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        help=translate("main", "experiment file (.json) to open; default: digits MLP"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"LayerLab {__version__}",
        help=translate("main", "show LayerLab's version and exit"),
    )
    return parser


def run_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="layerlab run",
        description=translate(
            "main",
            "Train an experiment headless. Writes experiment.json, metrics.csv, "
            "histograms.npz and model.keras into the output directory.",
        ),
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        help=translate("main", "experiment file (.json); default: digits MLP"),
    )
    parser.add_argument(
        "--out", required=True, type=Path, help=translate("main", "directory for the run's files")
    )
    parser.add_argument(
        "--epochs", type=positive_int, help=translate("main", "override the experiment's epochs")
    )
    parser.add_argument(
        "--devices",
        type=positive_int,
        help=translate(
            "main",
            "train on N devices with MirroredStrategy: N GPUs, or on a machine without "
            "one, the CPU split into N; default: every GPU when there are several, else one "
            "device (a cluster in TF_CONFIG: MultiWorkerMirroredStrategy)",
        ),
    )
    parser.add_argument(
        "--steering",
        type=Path,
        metavar="FILE",
        help=translate(
            "main",
            "replay the learning-rate changes of a run steered in the window, at the same "
            "steps (its steering.json)",
        ),
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help=translate("main", "on a failure, also print the technical details"),
    )
    return parser


def check_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="layerlab check",
        description=translate(
            "main",
            "Validate experiment files and read their data files, without training. "
            "Prints every problem of each file, or 'FILE: ok'. Exit status 0 when all are "
            "fine, 2 otherwise.",
        ),
    )
    parser.add_argument(
        "files", nargs="+", type=Path, help=translate("main", "experiment files (.json)")
    )
    return parser


def export_parser() -> argparse.ArgumentParser:
    from core.model.exports import FORMATS, QUANTIZATIONS

    parser = argparse.ArgumentParser(
        prog="layerlab export",
        description=translate(
            "main",
            "Export a run's trained model and check it: the file is loaded again in "
            "its own runtime and compared with the trained model on 256 validation samples. "
            "Exit status 0 when it passed, 1 when the export or its check failed, 2 for a run "
            "folder that cannot be used.",
        ),
    )
    parser.add_argument(
        "run", type=Path, help=translate("main", "a run folder (holds model.keras)")
    )
    parser.add_argument(
        "--format",
        required=True,
        choices=[f.key for f in FORMATS],
        help=translate("main", "what to write"),
    )
    parser.add_argument(
        "--out", required=True, type=Path, help=translate("main", "the file (or folder) to write")
    )
    parser.add_argument(
        "--quantization",
        default="none",
        choices=[key for key, _, _ in QUANTIZATIONS],
        help=translate("main", "for tflite: float16 or 8-bit (dynamic range) weights"),
    )
    return parser


def report_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="layerlab report",
        description=translate(
            "main",
            "Write a lab report: one self-contained HTML file (no network, no "
            "script) with each run's experiment, curves, histograms at the start, middle and "
            "end, gradients, confusion matrix or decision boundary, diagnoses, test metrics "
            "and machine; several runs add a comparison. Exit status 0, or 2 for a folder "
            "that is no run or a file that cannot be written.",
        ),
    )
    parser.add_argument("runs", nargs="+", type=Path, help=translate("main", "run folders"))
    parser.add_argument(
        "--out", required=True, type=Path, help=translate("main", "the HTML file to write")
    )
    return parser


def sweep_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="layerlab sweep",
        description=translate(
            "main",
            "Train an experiment once per choice of settings, picked by Optuna; one "
            "run folder per trial and summary.csv in --out.",
        ),
        epilog=translate(
            "main",
            "Example: layerlab sweep exp.json --set "
            "layers[0].kernel_initializer=small_gaussian,glorot_uniform --out sweep",
        ),
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        help=translate("main", "experiment file; default: digits MLP"),
    )
    parser.add_argument(
        "--set",
        action="append",
        required=True,
        metavar="PATH=VALUES",
        help=translate(
            "main",
            "a setting by its place in the file and its values: V1,V2,... or LOW:HIGH[:log] "
            "(repeatable)",
        ),
    )
    parser.add_argument("--strategy", choices=("grid", "random", "tpe"), default="grid")
    parser.add_argument(
        "--trials",
        type=positive_int,
        help=translate("main", "how many trials (default: the grid's size)"),
    )
    parser.add_argument(
        "--seeds",
        type=positive_int,
        default=1,
        help=translate("main", "runs per trial, seeds apart"),
    )
    parser.add_argument(
        "--metric",
        default="val_loss",
        help=translate("main", "what the search optimizes (last epoch)"),
    )
    parser.add_argument(
        "--epochs", type=positive_int, help=translate("main", "override the experiment's epochs")
    )
    parser.add_argument(
        "--parallel", type=positive_int, default=1, help=translate("main", "trials at once")
    )
    parser.add_argument(
        "--out", required=True, type=Path, help=translate("main", "folder for the trials' runs")
    )
    parser.add_argument(
        "--storage", help=translate("main", "an Optuna storage URL (default: a journal in --out)")
    )
    parser.add_argument(
        "--study", default="layerlab-sweep", help=translate("main", "the study's name")
    )
    return parser


def worker_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="layerlab sweep-worker",
        description=translate(
            "main",
            "Join a sweep's study in a shared Optuna storage and train its trials "
            "until it has them all (start one on each machine).",
        ),
    )
    parser.add_argument(
        "--storage", required=True, help=translate("main", "the study's Optuna storage URL")
    )
    parser.add_argument(
        "--study", default="layerlab-sweep", help=translate("main", "the study's name")
    )
    parser.add_argument(
        "--out", required=True, type=Path, help=translate("main", "folder for this worker's runs")
    )
    return parser
