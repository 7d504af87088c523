"""An image folder's index: one sub-folder per class, its files, the size they will be
resized to, what they take on disk and in memory. No pixel is read here: the run reads
them, into memory or as a stream (core/engine/image_stream.py)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from core.engine.file_data import DataError, FileData, ImageFiles, Progress
from core.model.machine import size_words

IMAGE_SUFFIXES = (".bmp", ".gif", ".jpeg", ".jpg", ".png")  # what Keras' loader reads


def _image_files(folder: Path) -> dict[str, list[Path]]:
    if not folder.is_dir():
        raise DataError(f"{folder}: not a folder")
    classes = {}
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        files = sorted(p for p in sub.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        if files:
            classes[sub.name] = files
    if not classes:
        kinds = ", ".join(IMAGE_SUFFIXES)
        raise DataError(
            f"{folder}: no images found (expected one sub-folder per class holding {kinds} files)"
        )
    if len(classes) < 2:
        raise DataError(
            f"{folder}: one class only ({next(iter(classes))!r}): a classifier "
            "needs at least two sub-folders of images"
        )
    return classes


def _common_size(
    classes: dict[str, list[Path]], folder: Path, progress: Progress
) -> tuple[int, int]:
    """The images' (height, width), when they all share it (read from each header)."""
    from PIL import Image, UnidentifiedImageError

    seen: dict[tuple[int, int], Path] = {}
    total, done = sum(len(f) for f in classes.values()), 0
    for files in classes.values():
        for file in files:
            done += 1
            if done % 500 == 0:
                progress(done / total)
            try:
                with Image.open(file) as image:
                    width, height = image.size
            except (OSError, UnidentifiedImageError):
                raise DataError(f"{file}: not a readable image") from None
            seen.setdefault((height, width), file)
            if len(seen) > 1:
                (a, fa), (b, fb) = list(seen.items())[:2]
                raise DataError(
                    f"{folder}: images of different sizes ({fa.relative_to(folder)} is "
                    f"{a[1]}x{a[0]}, {fb.relative_to(folder)} is {b[1]}x{b[0]}): set a height "
                    "and a width to resize them all"
                )
    return next(iter(seen))


def read_index(path: Path, params: Mapping[str, Any], progress: Progress) -> FileData:
    """The folder's index: its files and labels, the size they will have, and what they
    take on disk and in memory. No pixel is read here (core/engine/image_stream.py)."""
    classes = _image_files(path)
    height, width = params["height"], params["width"]
    if not (height and width):
        common = _common_size(classes, path, progress)
        height, width = height or common[0], width or common[1]
    paths = tuple(str(f) for files in classes.values() for f in files)
    labels = np.concatenate(
        [np.full(len(files), c, np.int64) for c, files in enumerate(classes.values())]
    )
    try:
        on_disk = sum(Path(p).stat().st_size for p in paths)
    except OSError as err:
        raise DataError(f"{path}: cannot read {err.filename}: {err.strerror}") from None
    colour = params["colour"].name
    channels = 3 if colour == "rgb" else 1
    images = ImageFiles(str(path), paths, labels, (height, width), channels, on_disk)
    notes = (
        f"{len(paths)} images in {len(classes)} classes, as {height}x{width} {colour}",
        f"{size_words(on_disk)} on disk; {size_words(images.memory_bytes)} as float32 in memory",
    )
    return FileData(
        str(path), None, labels, "classification", tuple(classes), notes=notes, images=images
    )
