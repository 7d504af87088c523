"""Core's user-facing words in the user's language, without core importing Qt.

One mechanism serves both halves: core marks a string with ``translate(context, text)``
(or ``QT_TRANSLATE_NOOP`` in a table read later), and pyside6-lupdate collects those marks
with the GUI's into ``resources/i18n/layerlab_<language>.ts``. In the window Qt's
translator answers (``use(QCoreApplication.translate)``), loaded from the ``.qm`` the
Makefile builds; on the command line, where no Qt runs, the ``.ts`` itself is read with
the standard library, following ``LANG``.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import resources

LANGUAGES = {"en": "English", "ko": "한국어"}  # each in its own words
SOURCE = "en"  # the language the code is written in
FOLDER = resources.ROOT / "i18n"

Lookup = Callable[[str, str], str]
_lookup: Lookup | None = None


def translate(context: str, text: str) -> str:
    """``text`` in the chosen language, or as written when it has no translation."""
    return text if _lookup is None else _lookup(context, text)


class Text(str):
    """A string marked for translation, as written (English: what files hold), that
    remembers its context, so whoever shows it can say it in the user's language."""

    context = ""

    def translated(self) -> str:
        return translate(self.context, str(self)) if self.context and self else str(self)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Text:  # the name lupdate looks for
    """Marks a string of a table built at import for lupdate; it is translated where it
    is shown (``translated``, or ``translate`` with its context)."""
    marked = Text(text)
    marked.context = context
    return marked


def translated(text: str) -> str:
    """A marked string in the user's language; an unmarked one (a Keras class name) as
    it is."""
    return text.translated() if isinstance(text, Text) else text


def use(lookup: Lookup | None) -> None:
    global _lookup
    _lookup = lookup


@contextmanager
def as_written() -> Iterator[None]:
    """The words as the code writes them (English), whatever the user reads: for what
    goes into a file that must not depend on who made it (an exported script)."""
    kept = _lookup
    use(None)
    try:
        yield
    finally:
        use(kept)


def source_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"layerlab_{language}.ts"


def table(language: str, folder: Path = FOLDER) -> dict[tuple[str, str], str]:
    """The finished translations of a ``.ts`` file, by (context, source text)."""
    path = source_file(language, folder)
    if language == SOURCE or not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                found[(name, message.findtext("source", ""))] = translation.text
    return found


def load(language: str, folder: Path = FOLDER) -> None:
    """The command line's translations (the window uses Qt's instead)."""
    found = table(language, folder)
    use((lambda context, text: found.get((context, text), text)) if found else None)


def language_from_environment(env: Mapping[str, str] = os.environ) -> str:
    """The language the locale variables ask for, in gettext's order of precedence."""
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "")
        if value:
            code = value.split(":")[0].split(".")[0].split("_")[0].lower()
            return code if code in LANGUAGES else SOURCE
    return SOURCE
