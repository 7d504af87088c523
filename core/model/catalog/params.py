"""The building blocks of the catalog: an editable field and a menu option."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from core.model.catalog.calls import Call


@dataclass(frozen=True)
class Param:
    """One editable field: its type, default and the range a value must lie in."""

    name: str
    label: str
    kind: str  # "int", "float", "bool", "text", "file", "folder", "names" or "choice"
    default: Any
    minimum: float | None = None
    maximum: float | None = None
    maximum_open: bool = False  # True: the maximum itself is not allowed
    options: Mapping[str, Choice] | None = None  # for kind "choice"
    help: str = ""

    def problem(self, value: Any) -> str | None:
        """Say what is wrong with a plain (non-choice) value, or None when it is fine."""
        if self.kind in ("int", "float"):
            return self._number_problem(value)
        if self.kind == "bool":
            return None if isinstance(value, bool) else f"must be true or false, got {value!r}"
        if self.kind == "text":
            ok = isinstance(value, str) and (value.strip() or self.default == "")
            return None if ok else f"must be a non-empty text, got {value!r}"
        if self.kind in ("file", "folder"):
            if not isinstance(value, str):
                return f"must be a file path, got {value!r}"
            return None if value.strip() else "no file chosen yet"
        ok = isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)
        return None if ok else f"must be a list of column names, got {value!r}"

    def _number_problem(self, value: Any) -> str | None:
        if self.kind == "int":
            if not isinstance(value, int) or isinstance(value, bool):
                return f"must be {self._int_words()}, got {value!r}"
        else:
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            if not numeric or not math.isfinite(value):
                return f"must be a number {self._range_words()}, got {value!r}".replace("  ", " ")
        if not self._in_range(value):
            words = self._int_words() if self.kind == "int" else f"a number {self._range_words()}"
            return f"must be {words}, got {value!r}"
        return None

    def _in_range(self, value: float) -> bool:
        if self.minimum is not None and value < self.minimum:
            return False
        if self.maximum is None:
            return True
        return value < self.maximum if self.maximum_open else value <= self.maximum

    def _int_words(self) -> str:
        if self.minimum == 1 and self.maximum is None:
            return "a positive integer"
        return f"an integer {self._range_words()}"

    def _range_words(self) -> str:
        lo, hi = self.minimum, self.maximum
        if lo is not None and hi is not None:
            return f"in [{lo:g}, {hi:g}{')' if self.maximum_open else ']'}"
        if lo is not None:
            return f">= {lo:g}"
        if hi is not None:
            return f"{'<' if self.maximum_open else '<='} {hi:g}"
        return ""


@dataclass(frozen=True)
class Choice:
    """One option of a menu (an activation, an initializer, ...) and what it teaches."""

    key: str
    label: str
    lesson: str
    params: tuple[Param, ...] = ()
    # What it builds: called with its parameter values, returns a Keras call as data.
    call: Callable[..., Call] | None = field(default=None, compare=False)

    def param(self, name: str) -> Param:
        return next(p for p in self.params if p.name == name)

    def check(self, values: Mapping[str, Any]) -> list[tuple[str, str]]:
        """Problems of the fields together, as (field, message); each field is valid."""
        return []


def table(*choices: Choice) -> dict[str, Choice]:
    return {c.key: c for c in choices}


def plain(*items: tuple[str, str, str]) -> dict[str, Choice]:
    """A menu of options that carry no parameters: (key, label, lesson) each."""
    return table(*(Choice(key, label, lesson) for key, label, lesson in items))
