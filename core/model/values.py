"""The plain values an experiment is made of: a chosen option with its parameters, and a
layer. The catalog describes what they may hold; the spec parses and stores them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Pick:
    """A catalog choice together with its parameter values."""

    name: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> str | dict[str, Any]:
        return {"name": self.name, **values_json(self.params)} if self.params else self.name


@dataclass(frozen=True)
class Layer:
    kind: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Any:
        return self.params[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.params.get(name, default)


def values_json(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v.to_json() if isinstance(v, Pick) else v for k, v in values.items()}
