"""What the numbers inside a network say: activation histograms."""

from __future__ import annotations

import numpy as np

from core.events import LayerHistogram

BINS = 40


def histogram(
    name: str, values: np.ndarray, value_range: tuple[float, float] | None = None
) -> LayerHistogram:
    """Histogram of every value a layer produced for the probe batch.

    A bounded activation (sigmoid, tanh, softmax) keeps its natural range, so the eye
    sees saturation against the same axis at every snapshot.
    """
    flat = np.asarray(values, dtype=np.float64).ravel()
    flat = flat[np.isfinite(flat)]
    if value_range is None:
        lo, hi = (float(flat.min()), float(flat.max())) if flat.size else (0.0, 1.0)
        if hi - lo < 1e-9:
            lo, hi = lo - 0.5, hi + 0.5
        value_range = (lo, hi)
    counts, edges = np.histogram(flat, bins=BINS, range=value_range)
    return LayerHistogram(name, edges.astype(np.float32), counts.astype(np.int64))
