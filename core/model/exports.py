"""The formats a trained model can be exported to, and what an export reports.

The engine writes and checks exports (core/engine/export.py); the window's dialog and the
CLI describe them from here, so neither loads TensorFlow to say what happened.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from core.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Format:
    key: str  # core.engine.export's name for it
    label: str  # in the dialog
    name: str  # in the message after it is written
    suffix: str  # "" for a folder
    runtime: str  # what the export was checked in
    explanation: str
    # The words are marked for translation (context "exports"); these say them in the
    # user's language.

    def shown_label(self) -> str:
        return translate("exports", self.label)

    def shown_explanation(self) -> str:
        return translate("exports", self.explanation)


FORMATS = (
    Format(
        "keras",
        "Keras .keras",
        "Keras",
        ".keras",
        "Keras",
        QT_TRANSLATE_NOOP(
            "exports", "The run's own file: loads in Keras, to predict or to train on."
        ),
    ),
    Format(
        "savedmodel",
        QT_TRANSLATE_NOOP("exports", "TensorFlow SavedModel (folder)"),
        "SavedModel",
        "",
        "TensorFlow",
        QT_TRANSLATE_NOOP("exports", "A folder for TensorFlow Serving and other TensorFlow tools."),
    ),
    Format(
        "onnx",
        "ONNX .onnx",
        "ONNX",
        ".onnx",
        "onnxruntime",
        QT_TRANSLATE_NOOP(
            "exports", "Runs without TensorFlow, in ONNX Runtime and other ONNX tools."
        ),
    ),
    Format(
        "tflite",
        "LiteRT .tflite",
        "LiteRT",
        ".tflite",
        "LiteRT",
        QT_TRANSLATE_NOOP(
            "exports", "For phones and small devices (was TensorFlow Lite); can be quantized."
        ),
    ),
    Format(
        "script",
        QT_TRANSLATE_NOOP("exports", "Python script .py"),
        QT_TRANSLATE_NOOP("exports", "a Python script"),
        ".py",
        QT_TRANSLATE_NOOP("exports", "Keras (the script's network with the run's weights)"),
        QT_TRANSLATE_NOOP(
            "exports", "A standalone Keras script: loads the data, builds this network, trains it."
        ),
    ),
)
FORMAT = {f.key: f for f in FORMATS}
# LiteRT's quantizations: (key, label, what the message calls it); the check's tolerance
# grows with each.
QUANTIZATIONS = (
    ("none", QT_TRANSLATE_NOOP("exports", "None: float32, the trained model's own numbers"), ""),
    (
        "float16",
        QT_TRANSLATE_NOOP("exports", "Float16 weights: about half the size"),
        QT_TRANSLATE_NOOP("exports", "float16 weights"),
    ),
    (
        "dynamic_range",
        QT_TRANSLATE_NOOP("exports", "Dynamic range: 8-bit weights, about a quarter the size"),
        QT_TRANSLATE_NOOP("exports", "8-bit weights"),
    ),
)
QUANTIZED = {key: name for key, _, name in QUANTIZATIONS}


def quantization_label(key: str) -> str:
    """A quantization's label in the dialog, in the user's language."""
    return translate("exports", next(label for k, label, _ in QUANTIZATIONS if k == key))


@dataclass(frozen=True)
class Exported:
    """What an export wrote and how closely it matches the trained model on the probe
    batch: a plain value, so the window can receive it without loading the engine."""

    path: Path
    format: str
    quantization: str
    max_abs_diff: float  # largest |exported - Keras| over the probe batch's outputs
    agreement: float | None  # share of the same predicted class; None for regression
    tolerance: float  # the largest max_abs_diff allowed, in the outputs' units
    ok: bool


def describe(done: Exported) -> str:
    """What was written and how closely it matched the trained model, in one line."""
    kind = FORMAT[done.format]
    name, quantized = translate("exports", kind.name), QUANTIZED[done.quantization]
    what = f"{name} ({translate('exports', quantized)})" if quantized else name
    said = {
        "what": what,
        "path": done.path,
        "runtime": translate("exports", kind.runtime),
        "difference": f"{done.max_abs_diff:.2g}",
    }
    if done.agreement is None:
        message = translate(
            "exports",
            "Exported {what} to {path} — checked in {runtime}: largest difference {difference}",
        )
        return message.format(**said)
    message = translate(
        "exports",
        "Exported {what} to {path} — checked in {runtime}: largest difference {difference}, "
        "{agreement} of predicted classes agree",
    )
    return message.format(agreement=f"{done.agreement:.0%}", **said)


def metrics_csv(rows: Iterable[Mapping[str, float]]) -> str:
    """Per-epoch metrics as CSV text, with the columns of the run's metrics.csv (a
    metric that appears only later, e.g. validation after a first epoch without it,
    gets its column and stays empty where it was missing)."""
    rows = list(rows)
    columns = list(dict.fromkeys(key for row in rows for key in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
