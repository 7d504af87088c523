"""What an imported ``.keras`` model holds, read without Keras and without running it.

A ``.keras`` file is a zip of ``config.json`` (the layers, as JSON) and
``model.weights.h5`` (the numbers). Reading those two is enough for the editor to show
the imported base's layers, shapes and parameter counts at once, and to refuse a model
that holds code (a ``Lambda`` layer, a class from outside Keras) before anything loads
it: nothing from a user's file is unpickled or run. The engine loads the model later in
Keras' safe mode, which refuses the same.

The base is the model without its head: everything before its last layer with weights
(a classifier's output ``Dense``, and its activation after it), or before one of its
earlier layers: a network's first layers (its convolutions) learn general features, its
last ones the task's own.
"""

from __future__ import annotations

import io
import json
import re
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.i18n import translate

# LayerLab's own models keep their preprocessing in a layer of this name (builder.py).
PREPROCESSING_LAYER = "preprocess"
# ... and the image augmentation in layers named so (off when the base is called).
AUGMENTATION_PREFIX = "aug_"


class BaseError(ValueError):
    """A model file that cannot be imported; the message names it and says why."""


@dataclass(frozen=True)
class BaseLayer:
    name: str
    class_name: str  # Keras' class, e.g. "Conv2D"
    params: int
    trainable_params: int  # when it trains: BatchNorm's moving statistics never do
    input_shape: tuple[int, ...] | None  # what it receives (None: the file does not say)


@dataclass(frozen=True)
class BaseFacts:
    path: str
    input_shape: tuple[int, ...]
    layers: tuple[BaseLayer, ...]  # every layer with weights, in order, the head last
    preprocessing: bool  # it scales its own inputs (a LayerLab model's Normalization)
    origin: str = ""  # a LayerLab run's experiment name, from experiment.json beside it

    def kept(self, cut: int) -> tuple[BaseLayer, ...]:
        """The base's layers with weights once its last ``cut`` are cut off."""
        return self.layers[: len(self.layers) - cut]

    def cut_at(self, cut: int) -> BaseLayer:
        """The first layer cut off: the base ends where it begins."""
        return self.layers[len(self.layers) - cut]

    def training(self, cut: int, last: int, named: tuple[str, ...]) -> tuple[str, ...]:
        """The layers that train: the last ``last`` kept, and those ``named``."""
        names = [layer.name for layer in self.kept(cut)]
        tail = names[max(len(names) - last, 0) :] if last else []
        return tuple(n for n in names if n in tail or n in named)


def _snake(name: str) -> str:
    """Keras' own name for an object of class ``name`` in the weights file."""
    name = re.sub(r"\W+", "", name)
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub("([a-z])([A-Z])", r"\1_\2", name).lower()


def _refusal(config: Any) -> str | None:
    """Why the model holds code, or None: a Lambda layer, or a class from outside Keras."""
    if isinstance(config, list):
        return next((r for item in config if (r := _refusal(item))), None)
    if not isinstance(config, dict):
        return None
    name = (
        config.get("config", {}).get("name", "") if isinstance(config.get("config"), dict) else ""
    )
    cls = config.get("class_name")
    if cls == "Lambda":
        message = translate(
            "imported", "its Lambda layer {name} holds Python code, which LayerLab never runs"
        )
        return message.format(name=repr(name))
    module = config.get("module")
    if isinstance(cls, str) and isinstance(module, str) and not module.startswith("keras"):
        message = translate(
            "imported",
            "its layer {name} is of the class {cls} from {module}, outside Keras: custom code, "
            "which LayerLab never runs",
        )
        return message.format(name=repr(name), cls=repr(cls), module=repr(module))
    return next((r for value in config.values() if (r := _refusal(value))), None)


def _names(config: Any) -> set[str]:
    """Every layer's name, in models used as layers too."""
    if isinstance(config, list):
        return set().union(*(_names(item) for item in config))
    if not isinstance(config, dict):
        return set()
    inner = config.get("config")
    named = (
        {inner["name"]} if isinstance(inner, dict) and isinstance(inner.get("name"), str) else set()
    )
    return named.union(*(_names(value) for value in config.values()))


def _counts(weights: bytes) -> dict[str, list[int]]:
    """The sizes of each layer's variables, by Keras' name for the layer in the file."""
    import h5py  # Keras' own dependency; reading it runs no code from the file

    sizes: dict[str, list[int]] = {}
    with h5py.File(io.BytesIO(weights), "r") as f:
        layers = f.get("layers")
        if layers is None:
            return sizes
        for group in layers:
            found: list[int] = []
            layers[group].visititems(
                lambda _, item, found=found: (
                    found.append(int(item.size)) if isinstance(item, h5py.Dataset) else None
                )
            )
            sizes[group] = found
    return sizes


def _shape(layer: dict) -> tuple[int, ...] | None:
    """The shape a layer receives; a model used as a layer (an imported base inside a
    LayerLab model) says it in its own input layer."""
    shape = (layer.get("build_config") or {}).get("input_shape")
    if not isinstance(shape, list) or not all(isinstance(d, int) for d in shape[1:]):
        inner = layer.get("config")
        return _input_shape(inner) if isinstance(inner, dict) else None
    return tuple(shape[1:])


def _input_shape(config: dict) -> tuple[int, ...] | None:
    for layer in config.get("layers", []):
        if layer.get("class_name") == "InputLayer":
            shape = layer.get("config", {}).get("batch_shape")
            if isinstance(shape, list) and all(isinstance(d, int) for d in shape[1:]):
                return tuple(shape[1:])
    return None


def _origin(path: Path) -> str:
    """The experiment a LayerLab run's model came from, if its experiment.json is beside it."""
    try:
        data = json.loads((path.parent / "experiment.json").read_text(encoding="utf-8"))
        return str(data.get("name", ""))[:200] if isinstance(data, dict) else ""
    except (OSError, ValueError):
        return ""


def _read(path: Path) -> BaseFacts:
    try:
        with zipfile.ZipFile(path) as archive:
            config = json.loads(archive.read("config.json"))
            weights = archive.read("model.weights.h5")
    except FileNotFoundError:
        raise BaseError(_missing(path)) from None
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as err:
        message = translate("imported", "{path}: not a Keras .keras model file ({error})")
        raise BaseError(message.format(path=path, error=err)) from None
    refusal = _refusal(config)
    if refusal:
        message = translate("imported", "{path}: refused: {reason}")
        raise BaseError(message.format(path=path, reason=refusal))
    inner = config.get("config", {}) if isinstance(config, dict) else {}
    raw_layers = inner.get("layers", []) if isinstance(inner, dict) else []
    try:
        sizes = _counts(weights)
    except (OSError, ValueError) as err:
        message = translate("imported", "{path}: its weights cannot be read ({error})")
        raise BaseError(message.format(path=path, error=err)) from None
    seen: dict[str, int] = {}
    layers: list[BaseLayer] = []
    for raw in raw_layers:
        cls = str(raw.get("class_name", ""))
        key = _snake(cls)
        seen[key] = seen.get(key, -1) + 1
        group = key if seen[key] == 0 else f"{key}_{seen[key]}"
        found = sizes.get(group, [])
        if found:
            trainable = sum(found[:2]) if cls == "BatchNormalization" else sum(found)
            name = str(raw.get("config", {}).get("name", group))
            layers.append(BaseLayer(name, cls, sum(found), trainable, _shape(raw)))
    if len(layers) < 2:
        message = translate(
            "imported", "{path}: a base needs at least two layers with weights (one is the head)"
        )
        raise BaseError(message.format(path=path))
    shape = _input_shape(inner)
    if shape is None or any(layer.input_shape is None for layer in layers):
        message = translate(
            "imported", "{path}: the model does not say its layers' shapes (was it built?)"
        )
        raise BaseError(message.format(path=path))
    return BaseFacts(
        str(path), shape, tuple(layers), PREPROCESSING_LAYER in _names(inner), _origin(path)
    )


def _missing(path: Path) -> str:
    return translate("imported", "{path} does not exist").format(path=path)


_LOCK = threading.Lock()
_CACHE: dict[tuple, BaseFacts | BaseError] = {}


def read_base(path: str | Path) -> BaseFacts:
    """The facts of the model at ``path`` (cached per file version); a BaseError says
    why it cannot be a base."""
    target = Path(path)
    try:
        stat = target.stat()
        key: tuple = (str(target.resolve()), stat.st_mtime_ns, stat.st_size)
    except OSError:
        raise BaseError(_missing(target)) from None
    with _LOCK:
        known = _CACHE.get(key)
    if known is None:
        try:
            known = _read(target)
        except BaseError as err:
            known = err
        except (AttributeError, TypeError, KeyError, IndexError) as err:  # odd config.json
            message = translate("imported", "{path}: not a model LayerLab can read ({error})")
            known = BaseError(message.format(path=target, error=type(err).__name__))
        with _LOCK:
            _CACHE[key] = known
    if isinstance(known, BaseError):
        raise BaseError(str(known))  # a fresh one: re-raising the cached one grows its traceback
    return known
