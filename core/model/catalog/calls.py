"""Keras constructor calls as data.

A choice describes what it builds as ``Call``s and ``Step``s; the engine turns them into
Keras objects (``make``, given the keras module, so the window never imports Keras), and
the script export writes the very same calls as plain Python (``code``). One description,
so the exported script cannot drift from what LayerLab trained.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import Any


@dataclass(frozen=True)
class Call:
    """``keras.<path>(*args, **kwargs)``; arguments may be Calls themselves."""

    path: str  # relative to the keras module, e.g. "layers.Dense"
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)

    def make(self, keras: ModuleType) -> Any:
        target: Any = keras
        for part in self.path.split("."):
            target = getattr(target, part)
        args = [_make(a, keras) for a in self.args]
        return target(*args, **{k: _make(v, keras) for k, v in self.kwargs.items()})

    def code(self, module: str = "keras") -> str:
        args = [_code(a, module) for a in self.args]
        args += [f"{k}={_code(v, module)}" for k, v in self.kwargs.items()]
        return f"{module}.{self.path}({', '.join(args)})"


def _make(value: Any, keras: ModuleType) -> Any:
    return value.make(keras) if isinstance(value, Call) else value


def _code(value: Any, module: str) -> str:
    if isinstance(value, Call):
        return value.code(module)
    if isinstance(value, float):
        return repr(float(f"{value:.12g}"))
    return repr(value)


@dataclass(frozen=True)
class Step:
    """One node of a layer's graph: ``out = call(inputs)``. Names are local to the
    layer; "x" is what comes in and what goes out."""

    call: Call
    inputs: tuple[str, ...] = ("x",)
    out: str = "x"

    def apply(self, keras: ModuleType, values: dict[str, Any]) -> None:
        layer = self.call.make(keras)
        ins = [values[name] for name in self.inputs]
        values[self.out] = layer(ins[0] if len(ins) == 1 else ins)

    def code(self, module: str = "keras") -> str:
        ins = self.inputs[0] if len(self.inputs) == 1 else f"[{', '.join(self.inputs)}]"
        return f"{self.out} = {self.call.code(module)}({ins})"


# Keras calls that draw random numbers, and the initializers that draw none.
SEEDLESS = ("initializers.Zeros", "initializers.Ones", "initializers.Constant")


def _draws(call: Call) -> bool:
    initializer = call.path.startswith("initializers.") and call.path not in SEEDLESS
    return initializer or call.path == "layers.Dropout"


def seeded(call: Call, seeds: Iterator[int]) -> Call:
    """The call with a seed of its own for itself and each random call inside it."""
    args = tuple(seeded(a, seeds) if isinstance(a, Call) else a for a in call.args)
    kwargs = {k: seeded(v, seeds) if isinstance(v, Call) else v for k, v in call.kwargs.items()}
    if _draws(call) and "seed" not in kwargs:
        kwargs["seed"] = next(seeds)
    return replace(call, args=args, kwargs=kwargs)


def seeded_steps(steps: tuple[Step, ...], seed: int, name: str) -> tuple[Step, ...]:
    """Each random initializer and dropout of a layer seeded from the experiment's seed
    and the layer's name, never from Keras' global random stream: a layer starts from
    the same weights whatever the other layers are (dropout added elsewhere, another
    initializer next door), so two runs compared differ by their setting alone."""
    seeds = (zlib.crc32(f"{seed}/{name}/{n}".encode()) for n in itertools.count())
    return tuple(replace(step, call=seeded(step.call, seeds)) for step in steps)
