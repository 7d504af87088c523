"""The Data view's numbers: spreads before and after preprocessing, samples per class."""

from dataclasses import replace

import numpy as np

from core.engine import data, overview
from core.model import facts, spec, templates
from core.model.plan import Plan
from core.model.spec import Pick


def test_standardized_features_spread_around_zero(digits):
    view = overview.overview(digits)
    assert view.sizes == Plan(digits).split_sizes()
    assert view.features == 64 and view.input_shape == (64,)
    assert view.before.mean.max() > 5  # raw pixel intensities are 0..16
    informative = view.after.std > 0.5  # some border pixels never vary
    np.testing.assert_allclose(view.after.mean, 0, atol=1e-4)
    np.testing.assert_allclose(view.after.std[informative], 1, atol=1e-3)
    assert view.samples == () and view.augmented is None and view.file is None


def test_pca_after_view_shows_the_components(digits):
    pca = replace(digits, data=replace(digits.data, preprocessing=Pick("pca", {"components": 8})))
    view = overview.overview(pca)
    assert len(view.after.mean) == 8 and len(view.before.mean) == 64


def test_images_show_samples_per_class_and_a_pixel_histogram():
    lenet = templates.load("lenet5")
    view = overview.overview(lenet)
    assert [name for name, _ in view.samples] == [str(i) for i in range(10)]
    assert all(images.shape == (overview.SAMPLES_PER_CLASS, 8, 8, 1) for _, images in view.samples)
    assert view.before.counts.sum() > 0 and len(view.before.edges) == facts.HISTOGRAM_BINS + 1
    assert view.before.edges[0] == 0 and view.before.edges[-1] == 16
    assert view.augmented is None  # no augmentation chosen


def test_the_scaling_matches_the_models_first_layer(digits):
    split = data.load(Plan(digits))
    scaling = data.fit_scaling(spec.Pick("whiten", {"components": 5}), split.x_train)
    after = overview.scaled(scaling, split.x_train)
    np.testing.assert_allclose(np.cov(after, rowvar=False), np.eye(5), atol=1e-3)
