"""Image folders and CSV tables streamed through tf.data against read into memory,
measured side by side:

- 25,000 synthetic 160x160 RGB images (a class-coloured square on noise, 5 classes):
  one epoch of a small CNN, loading "auto" (it streams: 7.7 GB as float32 is more than
  a sixth of the free memory); the engine's peak RSS (goal: at most 2.5 GB) and the time;
- 3,000 of them, small enough for both: the same CNN, 2 epochs, in memory / streamed;
- the 4,500-image folder of the issue (3 x 1,500 PNGs, 64x64 RGB): what "auto" picks, and
  2 epochs in memory / streamed;
- a CSV table of 1,000,000 rows (32 numeric columns, a text column, a class), 2 epochs of
  a small dense network, read and trained in memory / streamed from its encoded rows.

Each run is a child process (its own peak RSS: VmHWM, which a child does not inherit).
The images are generated first (about 2 GB in a temporary folder; deleted at the end).
Run with ``make bench``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
COLOURS = ((220, 40, 40), (40, 200, 40), (40, 40, 220), (220, 200, 40), (200, 40, 200))

CHILD = """
import json, sys, time
from core.engine import training
from core.model import spec
from core.model.events import EpochEnd, Started
experiment = spec.from_dict(json.loads(sys.argv[1]))
started, epochs = time.perf_counter(), []
def sink(event):
    if isinstance(event, Started):
        epochs.append(time.perf_counter())
    elif isinstance(event, EpochEnd):
        epochs.append(time.perf_counter())
done = training.train(experiment, sink)
assert isinstance(done, training.Finished), done
print(json.dumps({
    "seconds": time.perf_counter() - started,
    "epochs": [b - a for a, b in zip(epochs, epochs[1:])],
    "peak_mb": int(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1])
    / 1024,
}))
"""


def _write_class(args: tuple[Path, int, int, int, int]) -> None:
    from PIL import Image

    folder, label, count, size, seed = args
    rng = np.random.default_rng(seed)
    (folder / f"c{label}").mkdir(parents=True, exist_ok=True)
    for i in range(count):
        pixels = rng.integers(90, 130, (size, size, 3), dtype=np.uint8)
        side = int(rng.integers(size // 4, size // 2))
        top, left = rng.integers(0, size - side, 2)
        pixels[top : top + side, left : left + side] = COLOURS[label % len(COLOURS)]
        Image.fromarray(pixels).save(folder / f"c{label}" / f"{i}.png", compress_level=1)


def images(folder: Path, classes: int, per_class: int, size: int) -> Path:
    jobs = [(folder, c, per_class, size, c) for c in range(classes)]
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_write_class, jobs))
    return folder


def experiment(folder: Path, loading: str, epochs: int, conv: bool = True) -> dict:
    layers = [
        {"kind": "conv2d", "filters": 8, "kernel_size": 3, "strides": 2, "activation": "relu"},
        {"kind": "max_pool2d", "pool_size": 2},
        {"kind": "conv2d", "filters": 16, "kernel_size": 3, "strides": 2, "activation": "relu"},
        {"kind": "global_avg_pool2d"},
    ]
    return {
        "format": "layerlab-experiment",
        "version": 1,
        "name": "Streaming bench",
        "seed": 1,
        "data": {
            "dataset": {
                "name": "image_folder",
                "path": str(folder),
                "colour": "rgb",
                "loading": loading,
            },
            "preprocessing": "none",
        },
        "layers": layers if conv else [{"kind": "flatten"}],
        "training": {
            "optimizer": {"name": "adam", "learning_rate": 0.003},
            "batch_size": 32,
            "epochs": epochs,
        },
    }


def table(path: Path, rows: int) -> Path:
    """32 numeric columns, a text column and a class that a line through the first two
    and the text separates: 10,000 distinct rows, repeated."""
    rng = np.random.default_rng(0)
    x = rng.normal(size=(10_000, 32)).round(3)
    text = rng.choice(["red", "green", "blue"], 10_000)
    label = (x[:, 0] + x[:, 1] + (text == "red") > 0.5).astype(int)
    lines = [",".join([*map(str, r), t, str(c)]) for r, t, c in zip(x, text, label, strict=True)]
    header = ",".join([*(f"x{i}" for i in range(32)), "colour", "class"])
    body = "\n".join(lines)
    path.write_text(header + ("\n" + body) * (rows // 10_000) + "\n", encoding="utf-8")
    return path


def table_experiment(path: Path, loading: str, epochs: int) -> dict:
    return {
        "format": "layerlab-experiment",
        "version": 1,
        "name": "Table streaming bench",
        "seed": 1,
        "data": {
            "dataset": {"name": "csv", "path": str(path), "loading": loading},
            "preprocessing": "standardize",
        },
        "layers": [{"kind": "dense", "units": 64, "activation": "relu"}],
        "training": {
            "optimizer": {"name": "adam", "learning_rate": 0.003},
            "batch_size": 256,
            "epochs": epochs,
        },
    }


def run(spec: dict) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(spec)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _pair(folder: Path, epochs: int, make=experiment) -> str:
    memory = run(make(folder, "memory", epochs))
    stream = run(make(folder, "stream", epochs))
    return (
        f"total {stream['seconds']:.1f} s streamed / {memory['seconds']:.1f} s in memory = "
        f"{stream['seconds'] / memory['seconds']:.2f}; last epoch {stream['epochs'][-1]:.1f} s "
        f"/ {memory['epochs'][-1]:.1f} s = {stream['epochs'][-1] / memory['epochs'][-1]:.2f}; "
        f"peak {stream['peak_mb']:.0f} MB / {memory['peak_mb']:.0f} MB"
    )


def main() -> None:
    from core.engine import data, image_stream
    from core.model import spec as spec_module

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        big = images(Path(tmp) / "big", 5, 5000, 160)
        print(f"generated 25,000 160x160 RGB PNGs in {time.perf_counter() - started:.0f} s")
        plan = data.plan_for(spec_module.from_dict(experiment(big, "auto", 1)))
        files = data.read_user_file(plan.experiment).images
        chosen = "memory" if image_stream.in_memory(files, "auto", 32) else "stream"
        result = run(experiment(big, "auto", 1))
        print(
            f"25,000 images at 160x160 RGB ({files.memory_bytes / 1e9:.1f} GB as float32), "
            f"auto chose: {chosen}; one epoch of a small CNN: {result['epochs'][-1]:.0f} s, "
            f"run {result['seconds']:.0f} s, engine peak RSS {result['peak_mb']:.0f} MB "
            "(goal <= 2,500 MB)"
        )
        small = images(Path(tmp) / "small", 5, 600, 160)
        print(f"3,000 of them, 2 epochs: {_pair(small, 2)}")
        issue = images(Path(tmp) / "issue", 3, 1500, 64)
        plan = data.plan_for(spec_module.from_dict(experiment(issue, "auto", 2)))
        files = data.read_user_file(plan.experiment).images
        chosen = "in memory" if image_stream.in_memory(files, "auto", 32) else "streamed"
        print(
            f"3 x 1,500 images at 64x64 RGB: auto keeps them {chosen}; 2 epochs: {_pair(issue, 2)}"
        )
        print("digits (built in): always arrays in memory; streaming does not apply")
        csv = table(Path(tmp) / "table.csv", 1_000_000)
        size = csv.stat().st_size / 1e6
        print(
            f"CSV of 1,000,000 rows x 34 columns ({size:.0f} MB; 140 MB as float32 inputs), "
            f"2 epochs: {_pair(csv, 2, table_experiment)}"
        )


if __name__ == "__main__":
    main()
