"""What live monitoring costs: LayerLab's engine against plain ``model.fit``.

Both sides load the same data, build the same model with the same seed, train the same
epochs and evaluate on the test split; they alternate so that machine noise hits both.
Prints the median wall times and their ratio, the median ratio within back-to-back
pairs (steadier when the machine's speed drifts), and the engine's own account of what
looking inside took: the time spent in its callback, which this machine's noise does
not blur. Run with ``make bench``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace

from core.engine import builder, data, training
from core.model import templates
from core.model.plan import Plan
from core.model.spec import Experiment


def plain_fit(experiment: Experiment) -> float:
    started = time.perf_counter()
    import keras

    keras.utils.set_random_seed(experiment.seed)
    plan = Plan(experiment)
    split = data.load(plan)
    built = builder.build(plan, data.fit_scaling(experiment.data.preprocessing, split.x_train))
    builder.compile_model(built, plan)
    settings = experiment.training
    built.model.fit(
        split.x_train,
        split.y_train,
        batch_size=settings.batch_size,
        epochs=settings.epochs,
        validation_data=(split.x_val, split.y_val),
        shuffle=True,
        verbose=0,
    )
    built.model.evaluate(split.x_test, split.y_test, verbose=0)
    return time.perf_counter() - started


def engine(experiment: Experiment) -> tuple[float, float]:
    """The run's wall time, and the part the engine itself says looking inside took."""
    started = time.perf_counter()
    events = []  # the GUI's queue holds every event too
    result = training.train(experiment, events.append)
    if not isinstance(result, training.Finished):
        raise SystemExit(f"engine run failed: {result.message}")
    return time.perf_counter() - started, result.inside_seconds


def compare(stem: str, epochs: int, repeats: int) -> None:
    experiment = templates.load(stem)
    experiment = replace(experiment, training=replace(experiment.training, epochs=epochs))
    plain_fit(experiment)  # warm-up: the first run pays for imports and kernel caches
    engine(experiment)
    plain: list[float] = []
    live: list[float] = []
    inside: list[float] = []
    for i in range(repeats):  # alternate the order so that drift hits both sides
        if i % 2 == 0:
            plain.append(plain_fit(experiment))
            seconds, looking = engine(experiment)
        else:
            seconds, looking = engine(experiment)
            plain.append(plain_fit(experiment))
        live.append(seconds)
        inside.append(looking)
    p, e = statistics.median(plain), statistics.median(live)
    # Each pair ran back to back, so a slow spell of the machine hits both of its runs.
    paired = sorted(b / a for a, b in zip(plain, live, strict=True))
    share = statistics.median(i / t for i, t in zip(inside, live, strict=True))
    settings = experiment.training
    print(f"{experiment.name}: batch {settings.batch_size}, {epochs} epochs, medians of {repeats}")
    print(f"  plain model.fit                      {p:6.2f} s")
    print(f"  LayerLab engine, every view on       {e:6.2f} s")
    print(f"  ratio engine / plain                 {e / p:6.3f}")
    print(
        f"  ratio within pairs, median           {statistics.median(paired):6.3f}"
        f"  (range {paired[0]:.3f} to {paired[-1]:.3f})"
    )
    print(
        f"  engine's own account: looking inside {statistics.median(inside):6.2f} s"
        f" = {share:.1%} of its wall time"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--conv-epochs", type=int, default=5)
    args = parser.parse_args()
    compare("digits_mlp", args.epochs, args.repeats)
    compare("small_vgg", args.conv_epochs, args.repeats)


if __name__ == "__main__":
    main()
