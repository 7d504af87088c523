"""The choices of a user's own data file: its task, delimiter, encoding, missing values,
colour mode, loading and unreadable images."""

from __future__ import annotations

from core.i18n import QT_TRANSLATE_NOOP
from core.model.catalog.params import plain as _plain

TASKS = _plain(
    (
        "auto",
        QT_TRANSLATE_NOOP("catalog.file_options", "Infer from the target"),
        QT_TRANSLATE_NOOP(
            "catalog.file_options", "Text, or at most 20 distinct whole numbers: classes."
        ),
    ),
    (
        "classification",
        QT_TRANSLATE_NOOP("catalog.file_options", "Classification"),
        QT_TRANSLATE_NOOP("catalog.file_options", "Predict one of the target's classes."),
    ),
    (
        "regression",
        QT_TRANSLATE_NOOP("catalog.file_options", "Regression"),
        QT_TRANSLATE_NOOP("catalog.file_options", "Predict the target's number."),
    ),
)
DELIMITERS = _plain(
    (
        "auto",
        QT_TRANSLATE_NOOP("catalog.file_options", "Detect"),
        QT_TRANSLATE_NOOP(
            "catalog.file_options", "Tab for .tsv files; otherwise guessed from the first lines."
        ),
    ),
    (
        "comma",
        QT_TRANSLATE_NOOP("catalog.file_options", "Comma (,)"),
        QT_TRANSLATE_NOOP("catalog.file_options", "Comma-separated values."),
    ),
    (
        "tab",
        QT_TRANSLATE_NOOP("catalog.file_options", "Tab"),
        QT_TRANSLATE_NOOP("catalog.file_options", "Tab-separated values."),
    ),
    (
        "semicolon",
        QT_TRANSLATE_NOOP("catalog.file_options", "Semicolon (;)"),
        QT_TRANSLATE_NOOP("catalog.file_options", "Common where the decimal mark is a comma."),
    ),
)
DELIMITER_CHARACTERS = {"comma": ",", "tab": "\t", "semicolon": ";"}
ENCODINGS = _plain(
    (
        "auto",
        QT_TRANSLATE_NOOP("catalog.file_options", "Detect"),
        QT_TRANSLATE_NOOP(
            "catalog.file_options",
            "UTF-8 (with or without a BOM), else Korean CP949, else Latin-1.",
        ),
    ),
    (
        "utf-8",
        "UTF-8",
        QT_TRANSLATE_NOOP("catalog.file_options", "The usual encoding of text files today."),
    ),
    (
        "utf-8-sig",
        QT_TRANSLATE_NOOP("catalog.file_options", "UTF-8 with BOM"),
        QT_TRANSLATE_NOOP("catalog.file_options", "UTF-8 as Excel and Windows editors save it."),
    ),
    (
        "cp949",
        QT_TRANSLATE_NOOP("catalog.file_options", "Korean (CP949 / EUC-KR)"),
        QT_TRANSLATE_NOOP("catalog.file_options", "What Korean Excel saves CSV files in."),
    ),
    (
        "latin-1",
        QT_TRANSLATE_NOOP("catalog.file_options", "Western (Latin-1)"),
        QT_TRANSLATE_NOOP("catalog.file_options", "Older Western European files."),
    ),
)
MISSING = _plain(
    (
        "drop",
        QT_TRANSLATE_NOOP("catalog.file_options", "Drop the rows"),
        QT_TRANSLATE_NOOP("catalog.file_options", "Rows with a missing value are left out."),
    ),
    (
        "mean",
        QT_TRANSLATE_NOOP("catalog.file_options", "Fill with the mean"),
        QT_TRANSLATE_NOOP(
            "catalog.file_options",
            "Numbers: the training split's mean; categories: no category (all zeros).",
        ),
    ),
)
COLOUR_MODES = _plain(
    (
        "grayscale",
        QT_TRANSLATE_NOOP("catalog.file_options", "Grayscale"),
        QT_TRANSLATE_NOOP("catalog.file_options", "One channel."),
    ),
    ("rgb", "RGB", QT_TRANSLATE_NOOP("catalog.file_options", "Three channels.")),
)
LOADING = _plain(
    (
        "auto",
        QT_TRANSLATE_NOOP("catalog.file_options", "Automatic"),
        QT_TRANSLATE_NOOP(
            "catalog.file_options",
            "In memory when the data fit in a sixth of the free memory, else streamed.",
        ),
    ),
    (
        "memory",
        QT_TRANSLATE_NOOP("catalog.file_options", "In memory"),
        QT_TRANSLATE_NOOP(
            "catalog.file_options", "Read everything once, before training: fastest per epoch."
        ),
    ),
    (
        "stream",
        QT_TRANSLATE_NOOP("catalog.file_options", "Streamed from disk"),
        QT_TRANSLATE_NOOP(
            "catalog.file_options",
            "Read each batch as it is needed (tf.data): memory stays flat however big the data.",
        ),
    ),
)
UNREADABLE = _plain(
    (
        "fail",
        QT_TRANSLATE_NOOP("catalog.file_options", "Fail the run"),
        QT_TRANSLATE_NOOP(
            "catalog.file_options", "The run stops, naming the image that cannot be read."
        ),
    ),
    (
        "skip",
        QT_TRANSLATE_NOOP("catalog.file_options", "Skip it"),
        QT_TRANSLATE_NOOP(
            "catalog.file_options", "Train without it; the run names what it skipped."
        ),
    ),
)
