"""Augmentation: Keras preprocessing layers inside the model, active in training only."""

from dataclasses import replace

import keras
import numpy as np
import pytest

from core.engine import builder, data, overview
from core.model import plan, spec, templates
from core.model.plan import Plan

EVERYTHING = spec.Augmentation(
    flip=True, crop=2, zoom=0.2, rotation=0.1, brightness=0.3, contrast=0.3
)


def digits_images(augmentation: spec.Augmentation) -> spec.Experiment:
    lenet = templates.load("lenet5")
    return replace(lenet, data=replace(lenet.data, augmentation=augmentation))


@pytest.mark.parametrize("field", [f.name for f in spec.AUGMENTATION_FIELDS])
def test_each_augmentation_is_identity_at_inference_and_changes_training(field):
    value = True if field == "flip" else (2 if field == "crop" else 0.3)
    augmentation = spec.Augmentation(**{field: value})
    x = data.load(Plan(digits_images(augmentation))).x_train[:16]
    layers = builder.augmentation_layers(augmentation, x.shape[1:], (0.0, 16.0), seed=1)
    assert len(layers) == 1
    inferred, trained = x, x
    for layer in layers:
        inferred = keras.ops.convert_to_numpy(layer(inferred, training=False))
        trained = keras.ops.convert_to_numpy(layer(trained, training=True))
    np.testing.assert_allclose(inferred, x)
    assert not np.allclose(trained, x)
    assert trained.shape == x.shape


def test_the_model_carries_the_augmentation_and_predicts_unchanged(tmp_path):
    experiment = digits_images(EVERYTHING)
    split = data.load(Plan(experiment))
    built = builder.build(Plan(experiment), None, (0.0, 16.0))
    names = [layer.name for layer in built.model.layers]
    assert names[1:7] == [
        "aug_flip",
        "aug_crop",
        "aug_zoom",
        "aug_rotation",
        "aug_brightness",
        "aug_contrast",
    ]
    plain = builder.build(
        Plan(replace(experiment, data=replace(experiment.data, augmentation=spec.Augmentation())))
    )
    plain.model.set_weights(built.model.get_weights())
    x = split.x_val[:32]
    np.testing.assert_allclose(
        built.model.predict_on_batch(x), plain.model.predict_on_batch(x), atol=1e-5
    )
    built.model.save(tmp_path / "m.keras")
    loaded = keras.models.load_model(tmp_path / "m.keras", safe_mode=True)
    np.testing.assert_allclose(
        loaded.predict_on_batch(x), built.model.predict_on_batch(x), atol=1e-5
    )


def test_augmentation_on_flat_data_is_a_problem(digits):
    flat = replace(digits, data=replace(digits.data, augmentation=spec.Augmentation(flip=True)))
    problems = plan.validate(flat)
    assert [(p.path, p.message) for p in problems] == [
        ("data.augmentation", "image augmentation needs image data")
    ]


def test_augmentation_is_saved_and_read_back(tmp_path):
    experiment = digits_images(EVERYTHING)
    spec.save(experiment, tmp_path / "e.json")
    assert spec.load(tmp_path / "e.json") == experiment
    raw = spec.load(tmp_path / "e.json").to_dict()
    raw["data"]["augmentation"]["zoom"] = 2.0
    with pytest.raises(spec.SpecError) as info:
        spec.from_dict(raw)
    assert "data.augmentation.zoom" in str(info.value)


def test_the_overview_shows_originals_then_variants():
    view = overview.overview(digits_images(EVERYTHING))
    assert view.augmented.shape == (
        overview.AUGMENT_SOURCES,
        1 + overview.AUGMENT_VARIANTS,
        8,
        8,
        1,
    )
    again = overview.overview(digits_images(EVERYTHING))
    np.testing.assert_array_equal(view.augmented, again.augmented)  # seeded
    originals, variants = view.augmented[:, 0], view.augmented[:, 1:]
    assert not np.allclose(variants, originals[:, None])
