"""The building blocks of the catalog: an editable field and a menu option."""

from __future__ import annotations

import math
import reprlib
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from core.i18n import translate, translated
from core.model.catalog.calls import Call

PATH_KINDS = ("file", "folder", "model")  # a data file, an image folder, a .keras model
MESSAGE_VALUE = 60  # characters of a value that a message shows
LARGEST_INT = 2**53  # any JSON reader keeps whole numbers up to here exact


class _Short(reprlib.Repr):
    """reprlib, which stops at a few levels and items, and also survives integers
    too long to print (Python refuses to print more than 4300 digits)."""

    def repr_int(self, x: int, level: int) -> str:
        if x.bit_length() > 4 * MESSAGE_VALUE:
            digits = math.floor(x.bit_length() * math.log10(2)) + 1
            return translate("catalog.params", "<an integer of about {count} digits>").format(
                count=digits
            )
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
    """One editable field: its type, default and the range a value must lie in.

    ``label`` and ``help`` are in the user's language; ``label_en`` and ``help_en`` as
    written (English), for what is saved or exported."""

    name: str
    label_en: str
    kind: str  # "int", "float", "bool", "text", "file", "folder", "model", "names", "choice"
    default: Any
    minimum: float | None = None
    maximum: float | None = None
    maximum_open: bool = False  # True: the maximum itself is not allowed
    options: Mapping[str, Choice] | None = None  # for kind "choice"
    help_en: str = ""
    maximum_length: int | None = None  # for kind "text": the most characters allowed

    @property
    def label(self) -> str:
        return translated(self.label_en)

    @property
    def help(self) -> str:
        return translated(self.help_en)

    def problem(self, value: Any) -> str | None:
        """Say what is wrong with a plain (non-choice) value, or None when it is fine."""
        if self.kind in ("int", "float"):
            return self._number_problem(value)
        if self.kind == "bool":
            if isinstance(value, bool):
                return None
            message = translate("catalog.params", "must be true or false, got {value}")
            return message.format(value=shown(value))
        if self.kind == "text":
            return self._text_problem(value)
        if self.kind in PATH_KINDS:
            if not isinstance(value, str):
                message = translate("catalog.params", "must be a file path, got {value}")
                return message.format(value=shown(value))
            return None  # none chosen yet is the plan's to say: the file is still to come
        if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
            return None
        message = translate("catalog.params", "must be a list of names, got {value}")
        return message.format(value=shown(value))

    def _text_problem(self, value: Any) -> str | None:
        if not isinstance(value, str) or not (value.strip() or self.default == ""):
            message = translate("catalog.params", "must be a non-empty text, got {value}")
            return message.format(value=shown(value))
        if self.maximum_length is not None and len(value) > self.maximum_length:
            message = translate("catalog.params", "must be at most {most} characters, got {count}")
            return message.format(most=self.maximum_length, count=len(value))
        return None

    def _number_problem(self, value: Any) -> str | None:
        if not self._is_number(value) or not self._in_range(value):
            words = self._int_words() if self.kind == "int" else self._float_words()
            message = translate("catalog.params", "must be {words}, got {value}")
            return message.format(words=words, value=shown(value))
        if self.kind == "int" and abs(value) > LARGEST_INT:
            message = translate("catalog.params", "must be at most {most}, got {value}")
            return message.format(most=LARGEST_INT, value=shown(value))
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
            return translate("catalog.params", "a positive integer")
        words = translate("catalog.params", "an integer {range}")
        return words.format(range=self._range_words()).strip()

    def _float_words(self) -> str:
        words = translate("catalog.params", "a number {range}")
        return words.format(range=self._range_words()).strip()

    def _range_words(self) -> str:
        lo, hi = self.minimum, self.maximum
        if lo is not None and hi is not None:
            interval = f"[{lo:g}, {hi:g}{')' if self.maximum_open else ']'}"
            return translate("catalog.params", "in {interval}").format(interval=interval)
        if lo is not None:
            return translate("catalog.params", ">= {low}").format(low=f"{lo:g}")
        if hi is not None and self.maximum_open:
            return translate("catalog.params", "< {high}").format(high=f"{hi:g}")
        if hi is not None:
            return translate("catalog.params", "<= {high}").format(high=f"{hi:g}")
        return ""


@dataclass(frozen=True)
class Choice:
    """One option of a menu (an activation, an initializer, ...) and what it teaches.

    ``label`` and ``lesson`` are in the user's language; ``label_en`` and ``lesson_en``
    as written (English), for what is saved or exported."""

    key: str
    label_en: str
    lesson_en: str
    params: tuple[Param, ...] = ()
    # What it builds: called with its parameter values, returns a Keras call as data.
    call: Callable[..., Call] | None = field(default=None, compare=False)

    @property
    def label(self) -> str:
        return translated(self.label_en)

    @property
    def lesson(self) -> str:
        return translated(self.lesson_en)

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
