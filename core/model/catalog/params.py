"""The building blocks of the catalog: an editable field and a menu option."""

from __future__ import annotations

import math
import reprlib
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from core.model.catalog.calls import Call

PATH_KINDS = ("file", "folder", "model")  # a data file, an image folder, a .keras model
MESSAGE_VALUE = 60  # characters of a value that a message shows
LARGEST_INT = 2**53  # any JSON reader keeps whole numbers up to here exact


class _Short(reprlib.Repr):
    """reprlib, which stops at a few levels and items, and also survives integers
    too long to print (Python refuses to print more than 4300 digits)."""

    def repr_int(self, x: int, level: int) -> str:
        if x.bit_length() > 4 * MESSAGE_VALUE:
            return f"<an integer of about {math.floor(x.bit_length() * math.log10(2)) + 1} digits>"
        return super().repr_int(x, level)


_SHORT = _Short()
_SHORT.maxlevel = 3
_SHORT.maxlist = _SHORT.maxtuple = _SHORT.maxdict = _SHORT.maxset = 8
_SHORT.maxstring = _SHORT.maxother = _SHORT.maxlong = 4 * MESSAGE_VALUE  # cut() cuts first


def cut(text: str) -> str:
    """Text as a message shows it: at most about 60 characters, "…" where it was cut."""
    return text if len(text) <= MESSAGE_VALUE else text[: MESSAGE_VALUE - 1] + "…"


def shown(value: Any) -> str:
    """A value as a message shows it: its repr, cut, so that a huge value from a file
    (50 MB of text, a list nested a thousand deep) is never printed back whole."""
    return cut(_SHORT.repr(value))


@dataclass(frozen=True)
class Param:
    """One editable field: its type, default and the range a value must lie in."""

    name: str
    label: str
    kind: str  # "int", "float", "bool", "text", "file", "folder", "model", "names", "choice"
    default: Any
    minimum: float | None = None
    maximum: float | None = None
    maximum_open: bool = False  # True: the maximum itself is not allowed
    options: Mapping[str, Choice] | None = None  # for kind "choice"
    help: str = ""
    maximum_length: int | None = None  # for kind "text": the most characters allowed

    def problem(self, value: Any) -> str | None:
        """Say what is wrong with a plain (non-choice) value, or None when it is fine."""
        if self.kind in ("int", "float"):
            return self._number_problem(value)
        if self.kind == "bool":
            return None if isinstance(value, bool) else f"must be true or false, got {shown(value)}"
        if self.kind == "text":
            return self._text_problem(value)
        if self.kind in PATH_KINDS:
            if not isinstance(value, str):
                return f"must be a file path, got {shown(value)}"
            return None  # none chosen yet is the plan's to say: the file is still to come
        ok = isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)
        return None if ok else f"must be a list of names, got {shown(value)}"

    def _text_problem(self, value: Any) -> str | None:
        if not isinstance(value, str) or not (value.strip() or self.default == ""):
            return f"must be a non-empty text, got {shown(value)}"
        if self.maximum_length is not None and len(value) > self.maximum_length:
            return f"must be at most {self.maximum_length} characters, got {len(value)}"
        return None

    def _number_problem(self, value: Any) -> str | None:
        if not self._is_number(value) or not self._in_range(value):
            words = self._int_words() if self.kind == "int" else self._float_words()
            return f"must be {words}, got {shown(value)}"
        if self.kind == "int" and abs(value) > LARGEST_INT:
            return f"must be at most {LARGEST_INT}, got {shown(value)}"
        return None

    def _is_number(self, value: Any) -> bool:
        """A whole number for "int"; for "float" any number a float holds (finite)."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False
        if self.kind == "int":
            return isinstance(value, int)
        return abs(value) <= sys.float_info.max  # False for inf, NaN and 10**400

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

    def _float_words(self) -> str:
        return f"a number {self._range_words()}".rstrip()

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
