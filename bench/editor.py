"""How fast the network editor reacts: one edit of a 50-layer network, in the window.

An edit re-validates the spec, recomputes every shape and redraws the layer table and
form. Prints the median time per edit for 5 and 50 layers side by side, their ratio,
and the share of a 60 Hz frame (16.7 ms) the 50-layer edit takes.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.model import spec, templates
from gui.app import create_app
from gui.main_window import MainWindow

FRAME_MS = 1000 / 60


def edit_ms(window: MainWindow, layers: int, repeats: int = 30) -> float:
    base = templates.default_experiment()
    dense = spec.default_layer("dense")
    window.set_document(base.with_layers(tuple(dense for _ in range(layers))), None)
    window.editor.select_row(layers // 2)
    times = []
    for i in range(repeats):
        layer = window.experiment.layers[layers // 2 - 1]
        edited = list(window.experiment.layers)
        edited[layers // 2 - 1] = spec.Layer("dense", {**layer.params, "units": 32 + i})
        started = time.perf_counter()
        window.apply(window.experiment.with_layers(tuple(edited)), "bench edit")
        window.app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    app = create_app()
    window = MainWindow(templates.default_experiment())
    window.app = app
    window.show()
    while not window.controller.engine_ready:  # TensorFlow's import would share the CPU
        app.processEvents()
        time.sleep(0.05)
    small, large = edit_ms(window, 5), edit_ms(window, 50)
    print("network editor, one field edit (validate + shapes + table + form), medians of 30")
    print(f"  5 layers                 {small:7.2f} ms")
    print(f"  50 layers                {large:7.2f} ms")
    print(f"  ratio 50 / 5 layers      {large / small:7.2f}")
    print(f"  50 layers / 60 Hz frame  {large / FRAME_MS:7.2f}")
    window.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
