"""Helpers the tests share: experiments with overrides, and data files made on the spot."""

from core.model import spec


def quick(experiment: spec.Experiment, epochs: int = 2, **training) -> spec.Experiment:
    """The same experiment with fewer epochs (and other training overrides)."""
    from dataclasses import replace

    return replace(experiment, training=replace(experiment.training, epochs=epochs, **training))


def user_data(experiment: spec.Experiment, name: str, **params) -> spec.Experiment:
    """The experiment on a user's file dataset, other settings unchanged."""
    from dataclasses import replace

    from core.model import catalog

    pick = spec.default_pick(catalog.DATASETS[name])
    pick = spec.Pick(name, {**pick.params, **params})
    return replace(experiment, data=replace(experiment.data, dataset=pick))


def write_table(path, rows: int = 120, seed: int = 0, missing=(3, 7), sep: str = ","):
    """A CSV of two numeric features (a has gaps on the given data rows), a text feature
    and a text label that a straight line through (a, b) separates."""
    import numpy as np

    rng = np.random.default_rng(seed)
    a, b = rng.normal(size=rows), rng.normal(size=rows)
    colours = rng.choice(["red", "green", "blue"], rows)
    lines = [sep.join(["a", "b", "colour", "label"])]
    for i in range(rows):
        value = "" if i in missing else f"{a[i]:.4f}"
        label = "yes" if a[i] + b[i] > 0 else "no"
        lines.append(sep.join([value, f"{b[i]:.4f}", colours[i], label]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_images(
    folder, sizes=None, per_class: int = 8, mode: str = "L", seed: int = 0, size=(8, 10)
):
    """An image folder of PNGs made with numpy: class 'dark' and class 'light', each
    image ``size`` (height, width); ``sizes`` maps "class/file stem" to an odd one."""
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(seed)
    for cls, level in (("dark", 40), ("light", 200)):
        (folder / cls).mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            height, width = (sizes or {}).get(f"{cls}/{i}", size)
            shape = (height, width, 3) if mode == "RGB" else (height, width)
            pixels = np.clip(rng.normal(level, 20, shape), 0, 255).astype(np.uint8)
            Image.fromarray(pixels).save(folder / cls / f"{i}.png")
    return folder


# The peak resident memory of the process running it, in MB: its own VmHWM. (getrusage's
# ru_maxrss would not do: a child of the test process starts from the parent's peak.)
PEAK_RSS_MB = (
    "int(next(line for line in open('/proc/self/status') if line.startswith('VmHWM'))"
    ".split()[1]) // 1024"
)
