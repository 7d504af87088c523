"""An image folder's index: one sub-folder per class, its files, the size they will be
resized to, what they take on disk and in memory. No pixel is read here: the run reads
them, into memory or as a stream (core/engine/image_stream.py)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from core.engine.file_data import DataError, FileData, ImageFiles, Progress
from core.i18n import translate
from core.model.machine import size_words

IMAGE_SUFFIXES = (".bmp", ".gif", ".jpeg", ".jpg", ".png")  # what Keras' loader reads


def _image_files(folder: Path) -> dict[str, list[Path]]:
    if not folder.is_dir():
        raise DataError(
            translate("engine.image_folders", "{folder}: not a folder").format(folder=folder)
        )
    classes = {}
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        files = sorted(p for p in sub.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        if files:
            classes[sub.name] = files
    if not classes:
        kinds = ", ".join(IMAGE_SUFFIXES)
        message = translate(
            "engine.image_folders",
            "{folder}: no images found (expected one sub-folder per class holding {kinds} files)",
        )
        raise DataError(message.format(folder=folder, kinds=kinds))
    if len(classes) < 2:
        message = translate(
            "engine.image_folders",
            "{folder}: one class only ({name}): a classifier needs at least two sub-folders of "
            "images",
        )
        raise DataError(message.format(folder=folder, name=repr(next(iter(classes)))))
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
                message = translate("engine.image_folders", "{file}: not a readable image")
                raise DataError(message.format(file=file)) from None
            seen.setdefault((height, width), file)
            if len(seen) > 1:
                (a, fa), (b, fb) = list(seen.items())[:2]
                message = translate(
                    "engine.image_folders",
                    "{folder}: images of different sizes ({first} is {first_size}, {second} is "
                    "{second_size}): set a height and a width to resize them all",
                )
                raise DataError(
                    message.format(
                        folder=folder,
                        first=fa.relative_to(folder),
                        first_size=f"{a[1]}x{a[0]}",
                        second=fb.relative_to(folder),
                        second_size=f"{b[1]}x{b[0]}",
                    )
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
        message = translate("engine.image_folders", "{folder}: cannot read {file}: {reason}")
        raise DataError(
            message.format(folder=path, file=err.filename, reason=err.strerror)
        ) from None
    colour = params["colour"].name
    channels = 3 if colour == "rgb" else 1
    images = ImageFiles(str(path), paths, labels, (height, width), channels, on_disk)
    found = translate(
        "engine.image_folders", "{images} images in {classes} classes, as {size} {colour}"
    )
    sizes = translate("engine.image_folders", "{on_disk} on disk; {in_memory} as float32 in memory")
    notes = (
        found.format(
            images=len(paths), classes=len(classes), size=f"{height}x{width}", colour=colour
        ),
        sizes.format(on_disk=size_words(on_disk), in_memory=size_words(images.memory_bytes)),
    )
    return FileData(
        str(path), None, labels, "classification", tuple(classes), notes=notes, images=images
    )
