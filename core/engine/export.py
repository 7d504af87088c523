"""Export a trained run's model to another format, and prove the file works.

A run folder holds model.keras and experiment.json (core/engine/runs.py). ``export``
writes the model as a Keras file, a TensorFlow SavedModel, an ONNX file, a LiteRT
(TFLite) file or a standalone training script, then loads what it wrote in that format's
own runtime, runs it on a probe batch of the run's own validation data and compares it
with the trained Keras model in inference mode. A file that differs by more than its
format's tolerance is an error, and nothing is left at the target: every export is
written beside the target under a temporary name and renamed into place only once it
has passed.

SavedModel, ONNX and LiteRT get the inference model: the same layers and weights without
the augmentation layers ("aug_*"). Keras' random image layers augment unless called with
``training=False``, which exported serving functions do not pass, and tf2onnx cannot
convert their random ops.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import keras
import numpy as np
import tensorflow as tf

from core.engine import data, script
from core.i18n import translate
from core.model import files, spec
from core.model.exports import Exported
from core.model.insight import PROBE_SAMPLES
from core.model.plan import Plan

AUGMENTATION_PREFIX = "aug_"  # builder.augmentation_layers names its layers so
ONNX_OPSET = 15  # tf2onnx 1.17's default; onnxruntime runs opsets up to 23
# The formats, each with its quantizations ("float16" and "dynamic_range": LiteRT only),
# and the largest difference from the Keras model's outputs each may show on the probe
# batch, for outputs within [-1, 1] (class probabilities); for larger outputs
# (regression), times the largest output. Keras and SavedModel run the same TensorFlow
# kernels; ONNX Runtime and LiteRT run their own (float32 rounding, fused ops); float16
# weights keep about 3 significant digits, dynamic-range quantization stores the weights
# as 8-bit integers.
TOLERANCES = {
    ("keras", "none"): 1e-5,
    ("savedmodel", "none"): 1e-5,
    ("onnx", "none"): 1e-4,
    ("tflite", "none"): 1e-4,
    ("tflite", "float16"): 1e-2,
    ("tflite", "dynamic_range"): 0.1,
    ("script", "none"): 1e-5,
}
# ... and the share of the probe batch whose predicted class must be the Keras model's
# (classifiers only): what matters for the quantized files, whose outputs may move.
MIN_AGREEMENT = 0.95


class ExportError(ValueError):
    """An export that failed or did not pass its check; the message names the file. For a
    check that failed, ``result`` holds what was measured."""

    def __init__(self, message: str, result: Exported | None = None) -> None:
        super().__init__(message)
        self.result = result


@dataclass(frozen=True)
class Run:
    """A finished run, loaded: its trained model, its plan and its probe batch."""

    source: Path  # its model.keras
    model: keras.Model
    plan: Plan
    probe: np.ndarray  # the first PROBE_SAMPLES validation rows, as the run split them
    expected: np.ndarray  # the trained model's outputs on them, in inference mode


def load_run(run_dir: str | Path) -> Run:
    """The run's model and data; an ExportError names what is missing or unreadable."""
    folder = Path(run_dir)
    model_path = folder / "model.keras"
    if not model_path.is_file():
        message = translate(
            "engine.export", "{file} does not exist: the run saved no model to export"
        )
        raise ExportError(message.format(file=model_path))
    try:
        experiment = spec.load(folder / "experiment.json")
        plan = data.plan_for(experiment)
        probe = data.load(plan, preview=True).x_val[:PROBE_SAMPLES]  # an image folder: its head
        model = keras.saving.load_model(model_path, compile=False)
    except (spec.SpecError, data.DataError) as err:
        message = translate("engine.export", "cannot export the run in {folder}: {error}")
        raise ExportError(message.format(folder=folder, error=err)) from None
    except (OSError, ValueError) as err:
        message = translate("engine.export", "{file} cannot be loaded: {error}")
        raise ExportError(message.format(file=model_path, error=err)) from None
    return Run(model_path, model, plan, probe, _numpy(model(probe, training=False)))


def export(
    run_dir: str | Path, format: str, target: str | Path, quantization: str = "none"
) -> Exported:
    """Write the run's model to ``target`` in ``format``, checked before it is renamed
    into place (an existing file of that name is replaced only by a file that passed)."""
    return export_run(load_run(run_dir), format, Path(target), quantization)


def export_run(run: Run, format: str, target: Path, quantization: str = "none") -> Exported:
    """``export`` for a run already loaded (several formats from one run)."""
    if (format, quantization) not in TOLERANCES:
        message = translate(
            "engine.export", "there is no export to {format} with quantization {quantization}"
        )
        raise ExportError(message.format(format=repr(format), quantization=repr(quantization)))
    _check_target(target, format)
    with _staged(target, directory=format == "savedmodel") as temporary:
        try:
            _WRITERS[format](run, temporary, quantization)
            outputs = [_RUNNERS[format](temporary, run), _RUNNERS[format](temporary, run)]
        except Exception as err:
            message = translate("engine.export", "cannot export {target}: {error}")
            raise ExportError(message.format(target=target, error=_first_line(err))) from err
        result, problem = _compare(target, format, quantization, run, outputs)
        if problem:
            message = translate(
                "engine.export", "{target} was not written: the exported model {problem}"
            )
            raise ExportError(message.format(target=target, problem=problem), result)
    return result


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0][:300] if text else type(err).__name__


def _check_target(target: Path, format: str) -> None:
    if format == "keras" and target.suffix != ".keras":
        message = translate(
            "engine.export", "{target}: a Keras model file's name must end in .keras"
        )
        raise ExportError(message.format(target=target))
    if format != "savedmodel":
        if target.is_dir():
            message = translate("engine.export", "{target} is a folder; choose a file name")
            raise ExportError(message.format(target=target))
    elif target.is_file() or not _replaceable(target):
        message = translate(
            "engine.export",
            "{target} exists and is not a SavedModel folder; choose a new folder name",
        )
        raise ExportError(message.format(target=target))


def _replaceable(folder: Path) -> bool:
    """A folder an export may replace: none yet, an empty one, or an earlier SavedModel
    (never a folder of other files, picked by mistake)."""
    if not folder.is_dir():
        return True
    return (folder / "saved_model.pb").is_file() or not any(folder.iterdir())


@contextlib.contextmanager
def _staged(target: Path, directory: bool):
    """A temporary file or folder beside ``target``, renamed over it when the body
    succeeds and removed whatever happens otherwise. Made as any new file is (unlike
    tempfile's, which only their owner may read), so the export is as readable as the
    user's other files."""
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}{target.suffix}")
    try:
        if directory:
            temporary.mkdir()
        else:
            temporary.touch(exist_ok=False)
    except OSError as err:
        raise ExportError(_cannot_write(target, err)) from None
    try:
        yield temporary
        _replace(temporary, target)
    finally:
        _remove(temporary)


def _replace(temporary: Path, target: Path) -> None:
    """Rename into place; an old SavedModel folder is moved aside first and removed only
    once the new one is in place (a folder cannot be renamed over a full one)."""
    old = None
    try:
        if temporary.is_dir() and target.is_dir():
            old = target.with_name(f".{target.name}.old-{uuid.uuid4().hex[:8]}")
            os.replace(target, old)
        os.replace(temporary, target)
    except OSError as err:
        if old is not None and not target.exists():
            os.replace(old, target)
        raise ExportError(_cannot_write(target, err)) from None
    if old is not None:
        _remove(old)


def _cannot_write(target: Path, err: OSError) -> str:
    message = translate("engine.export", "cannot write {target}: {reason}")
    return message.format(target=target, reason=files.describe(err))


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


def inference_model(model: keras.Model) -> keras.Model:
    """The same layers, so the same weights, wired without the augmentation layers."""

    def call(layer, *args, **kwargs):
        return args[0] if layer.name.startswith(AUGMENTATION_PREFIX) else layer(*args, **kwargs)

    return keras.models.clone_model(model, clone_function=lambda layer: layer, call_function=call)


def _signature(model: keras.Model) -> tf.TensorSpec:
    return tf.TensorSpec((None, *model.input_shape[1:]), tf.float32, name="input")


def _serving(model: keras.Model) -> tf.types.experimental.ConcreteFunction:
    """The model in inference mode (dropout off, BatchNorm's moving statistics) as a graph."""
    return tf.function(lambda x: model(x, training=False)).get_concrete_function(_signature(model))


# ---- writers: (run, temporary path, quantization) -> None ------------------------------
def _write_keras(run: Run, path: Path, quantization: str) -> None:
    """The run's own file, as it is: it also carries the augmentation, for training on."""
    shutil.copyfile(run.source, path)


def _write_saved_model(run: Run, path: Path, quantization: str) -> None:
    model = inference_model(run.model)
    archive = keras.export.ExportArchive()
    archive.track(model)
    archive.add_endpoint(
        "serve", lambda x: model(x, training=False), input_signature=[_signature(model)]
    )
    archive.write_out(str(path), verbose=False)


def _write_onnx(run: Run, path: Path, quantization: str) -> None:
    """Through a frozen graph: tf2onnx's own ``from_function`` (and Keras' ONNX export)
    would make the Normalization layer's mean and variance, captured constants, into
    extra inputs of the ONNX model."""
    import tf2onnx
    from tensorflow.python.framework.convert_to_constants import (
        convert_variables_to_constants_v2,
    )

    frozen = convert_variables_to_constants_v2(_serving(inference_model(run.model)))
    graph = frozen.graph.as_graph_def()
    _erfc_as_erf(graph)
    names = {frozen.inputs[0].name: "input", frozen.outputs[0].name: "output"}
    tf2onnx.convert.from_graph_def(
        graph,
        input_names=[frozen.inputs[0].name],
        output_names=[frozen.outputs[0].name],
        opset=ONNX_OPSET,
        tensors_to_rename=names,
        output_path=str(path),
    )


def _erfc_as_erf(graph) -> None:
    """erfc(x) as 1 - erf(x): ONNX has Erf but no Erfc, which Keras' exact GELU uses (the
    difference is far below float32's rounding where GELU's output is not ~0)."""
    for node in [n for n in graph.node if n.op == "Erfc"]:
        dtype = node.attr["T"]
        one = graph.node.add(name=f"{node.name}/one", op="Const")
        one.attr["dtype"].type = dtype.type
        one.attr["value"].tensor.CopyFrom(tf.make_tensor_proto(1.0, tf.dtypes.as_dtype(dtype.type)))
        erf = graph.node.add(name=f"{node.name}/erf", op="Erf", input=list(node.input))
        erf.attr["T"].CopyFrom(dtype)
        node.op = "Sub"
        node.input[:] = [one.name, erf.name]


def _float16(converter: tf.lite.TFLiteConverter) -> None:
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    converter.target_spec.supported_types = [tf.float16]


def _dynamic_range(converter: tf.lite.TFLiteConverter) -> None:
    converter.optimizations = [tf.lite.Optimize.DEFAULT]


_QUANTIZE: dict[str, Callable[[tf.lite.TFLiteConverter], None]] = {
    "none": lambda converter: None,
    "float16": _float16,
    "dynamic_range": _dynamic_range,
}


def _write_tflite(run: Run, path: Path, quantization: str) -> None:
    """From a SavedModel of the inference model, with LiteRT's built-in operators only,
    so the file runs in the plain LiteRT runtime (no TensorFlow ops delegate)."""
    with tempfile.TemporaryDirectory() as saved:
        _write_saved_model(run, Path(saved), quantization)
        converter = tf.lite.TFLiteConverter.from_saved_model(saved)
        _QUANTIZE[quantization](converter)
        path.write_bytes(converter.convert())


def _write_script(run: Run, path: Path, quantization: str) -> None:
    path.write_text(script.script(run.plan), encoding="utf-8")


_WRITERS: dict[str, Callable[[Run, Path, str], None]] = {
    "keras": _write_keras,
    "savedmodel": _write_saved_model,
    "onnx": _write_onnx,
    "tflite": _write_tflite,
    "script": _write_script,
}


# ---- runners: load what was written in its own runtime, predict the probe batch ------
def _numpy(value) -> np.ndarray:
    return np.asarray(keras.ops.convert_to_numpy(value))


def _run_keras(path: Path, run: Run) -> np.ndarray:
    return _numpy(keras.saving.load_model(path, compile=False)(run.probe, training=False))


def _run_saved_model(path: Path, run: Run) -> np.ndarray:
    loaded = tf.saved_model.load(str(path))  # held while it runs: it owns the variables
    return _numpy(loaded.serve(tf.constant(run.probe)))


def _run_onnx(path: Path, run: Run) -> np.ndarray:
    import onnxruntime

    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return session.run(None, {"input": run.probe})[0]


def _interpreter(path: Path):
    """LiteRT's own runtime, else TensorFlow's copy of it (deprecated since TF 2.20)."""
    try:
        from ai_edge_litert.interpreter import Interpreter
    except ImportError:
        Interpreter = tf.lite.Interpreter
    return Interpreter(model_path=str(path))


def _run_tflite(path: Path, run: Run) -> np.ndarray:
    interpreter = _interpreter(path)
    source = interpreter.get_input_details()[0]["index"]
    interpreter.resize_tensor_input(source, run.probe.shape)
    interpreter.allocate_tensors()
    interpreter.set_tensor(source, run.probe)
    interpreter.invoke()
    return interpreter.get_tensor(interpreter.get_output_details()[0]["index"])


def import_script(path: Path) -> ModuleType:
    """The script as a module (its ``main`` does not run on import), whatever its file
    name, and without a bytecode cache left beside it."""
    module = ModuleType(f"_layerlab_export_{uuid.uuid4().hex}")
    module.__file__ = str(path)
    code = compile(path.read_text(encoding="utf-8"), str(path), "exec")
    sys.modules[module.__name__] = module  # dataclasses look their module up while it loads
    try:
        exec(code, module.__dict__)
    finally:
        del sys.modules[module.__name__]
    return module


def _run_script(path: Path, run: Run) -> np.ndarray:
    """The script's own data, split and preprocessing, its network with the run's trained
    weights: any difference from the run shows in the outputs."""
    module = import_script(path)
    x_train, _, x_val, *_ = module.split(*module.load_data())
    if not np.array_equal(x_val[:PROBE_SAMPLES], run.probe):
        raise ValueError(
            translate("engine.export", "the script does not load and split the data as the run did")
        )
    rebuilt = module.build_model(x_train)
    _copy_weights(run.model, rebuilt)
    return _numpy(rebuilt(run.probe, training=False))


def _copy_weights(trained: keras.Model, rebuilt: keras.Model) -> None:
    """The trained weights, layer by layer (not the preprocessing: the script fits its own)."""
    ours, theirs = _weighted(rebuilt), _weighted(trained)
    if ours != theirs:
        differ = sorted(ours ^ theirs)[0]
        message = translate(
            "engine.export", "the script's network differs from the run's at the layer {layer}"
        )
        raise ValueError(message.format(layer=differ))
    for name in sorted(ours):
        rebuilt.get_layer(name).set_weights(trained.get_layer(name).get_weights())


def _weighted(model: keras.Model) -> set[str]:
    return {la.name for la in model.layers if la.weights and la.name not in ("preprocess", "pca")}


_RUNNERS: dict[str, Callable[[Path, Run], np.ndarray]] = {
    "keras": _run_keras,
    "savedmodel": _run_saved_model,
    "onnx": _run_onnx,
    "tflite": _run_tflite,
    "script": _run_script,
}


# ---- the check -------------------------------------------------------------------------
def _compare(
    target: Path, format: str, quantization: str, run: Run, outputs: list[np.ndarray]
) -> tuple[Exported, str]:
    """What the probe batch shows, and why that fails the check ("": it passes)."""
    expected = run.expected
    tolerance = TOLERANCES[format, quantization] * max(1.0, float(np.max(np.abs(expected))))
    got = np.asarray(outputs[0], dtype=np.float64)
    if got.shape != expected.shape:
        problem = translate("engine.export", "gives outputs of shape {got}, not {expected}").format(
            got=got.shape, expected=expected.shape
        )
        return Exported(target, format, quantization, np.inf, None, tolerance, False), problem
    diff = float(np.max(np.abs(got - expected)))
    agreement = None
    if run.plan.classification:
        agreement = float(np.mean(got.argmax(axis=-1) == expected.argmax(axis=-1)))
    problem = _problem(diff, tolerance, agreement, outputs)
    return Exported(target, format, quantization, diff, agreement, tolerance, not problem), problem


def _problem(
    diff: float, tolerance: float, agreement: float | None, outputs: list[np.ndarray]
) -> str:
    if not np.array_equal(outputs[0], outputs[1]):
        return translate(
            "engine.export",
            "gives different outputs for the same inputs (random layers still active)",
        )
    if not diff <= tolerance:  # NaN included
        message = translate(
            "engine.export",
            "differs from the trained model by up to {diff} (tolerance {tolerance})",
        )
        return message.format(diff=f"{diff:.3g}", tolerance=f"{tolerance:.3g}")
    if agreement is not None and agreement < MIN_AGREEMENT:
        message = translate(
            "engine.export",
            "predicts the trained model's class for only {share} of the probe samples (at "
            "least {needed} needed)",
        )
        return message.format(share=f"{agreement:.1%}", needed=f"{MIN_AGREEMENT:.0%}")
    return ""
