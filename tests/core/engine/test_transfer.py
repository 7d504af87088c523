"""Importing a trained model as the base of a network: read without running it, frozen
layer by layer, fine-tuned at its own rate; and the transfer lesson's templates."""

import json
import zipfile
from dataclasses import replace

import keras
import numpy as np
import pytest

import resources
from core.engine import builder, data, script, training
from core.model import catalog, imported, shapes, spec, templates, transfer
from core.model.plan import Plan
from core.model.spec import Layer, Pick

BASE = resources.EXPERIMENTS.parent / "bases" / "lenet5-digits-0-4.keras"


def base_layer(**params) -> Layer:
    default = spec.default_layer("imported")
    return Layer("imported", {**default.params, "path": str(BASE), **params})


def on_five_to_nine(*layers: Layer, per_class: int = 10, epochs: int = 2) -> spec.Experiment:
    experiment = templates.load("transfer_little_frozen")
    dataset = Pick(
        "digits_images", {"classes": Pick("5-9"), "labels": Pick("digit"), "per_class": per_class}
    )
    data_spec = replace(experiment.data, dataset=dataset)
    training_spec = replace(experiment.training, epochs=epochs)
    return replace(experiment, data=data_spec, training=training_spec, layers=layers)


def test_the_shipped_base_reads_as_keras_counts_it():
    facts = imported.read_base(BASE)
    model = keras.saving.load_model(BASE, compile=False)
    weighted = [la for la in model.layers if la.count_params()]
    assert [la.name for la in facts.layers] == [la.name for la in weighted]
    assert [la.params for la in facts.layers] == [la.count_params() for la in weighted]
    assert facts.input_shape == (8, 8, 1) and facts.preprocessing
    assert facts.cut_at(1).name == "output_dense" and facts.cut_at(1).input_shape == (84,)
    assert facts.cut_at(3).name == "l5_dense" and facts.cut_at(3).input_shape == (64,)


def test_batch_norm_counts_half_trainable(tmp_path):
    model = keras.Sequential(
        [
            keras.Input((6,)),
            keras.layers.Dense(4),
            keras.layers.BatchNormalization(),
            keras.layers.Dense(3),
            keras.layers.Dense(2),
        ]
    )
    model.save(tmp_path / "bn.keras")
    facts = imported.read_base(tmp_path / "bn.keras")
    assert [(la.class_name, la.params, la.trainable_params) for la in facts.layers] == [
        ("Dense", 28, 28),
        ("BatchNormalization", 16, 8),
        ("Dense", 15, 15),
        ("Dense", 8, 8),
    ]


def test_a_lambda_model_is_refused_before_and_by_keras(tmp_path):
    inputs = keras.Input((4,))
    x = keras.layers.Dense(3, name="first")(inputs)
    x = keras.layers.Lambda(lambda t: t * 2, name="doubler")(x)
    outputs = keras.layers.Dense(2, name="head")(x)
    path = tmp_path / "lambda.keras"
    keras.Model(inputs, outputs).save(path)
    with pytest.raises(imported.BaseError, match="Lambda layer 'doubler' holds Python code"):
        imported.read_base(path)
    with pytest.raises(ValueError, match="safe_mode"):  # the engine's loader refuses it too
        keras.saving.load_model(path, safe_mode=True)


def test_a_class_from_outside_keras_and_a_non_model_are_refused(tmp_path):
    with zipfile.ZipFile(BASE) as archive:
        config = json.loads(archive.read("config.json"))
        weights = archive.read("model.weights.h5")
    config["config"]["layers"][3]["module"] = "my_package.layers"
    custom = tmp_path / "custom.keras"
    with zipfile.ZipFile(custom, "w") as archive:
        archive.writestr("config.json", json.dumps(config))
        archive.writestr("model.weights.h5", weights)
    with pytest.raises(imported.BaseError, match=r"from 'my_package\.layers', outside Keras"):
        imported.read_base(custom)
    text = tmp_path / "notes.keras"
    text.write_text("not a zip")
    with pytest.raises(imported.BaseError, match=r"not a Keras \.keras model file"):
        imported.read_base(text)
    with pytest.raises(imported.BaseError, match="does not exist"):
        imported.read_base(tmp_path / "gone.keras")


def test_the_editor_counts_match_keras_and_freezing_moves_them_exactly():
    counts = {}
    for last in (0, 1, 2):
        experiment = on_five_to_nine(base_layer(cut=3, train_last=last))
        plan = data.plan_for(experiment)
        infos = plan.infos()
        built = builder.build(plan)
        trainable = sum(int(np.prod(w.shape)) for w in built.model.trainable_weights)
        assert built.model.count_params() == shapes.total_params(infos)
        assert trainable == shapes.total_params(infos) - shapes.frozen_params(infos)
        counts[last] = trainable
    conv1, conv2 = (la.params for la in imported.read_base(BASE).layers[:2])
    assert counts[1] - counts[0] == conv2
    assert counts[2] - counts[1] == conv1
    assert counts[0] == 64 * 5 + 5  # the new head alone


def test_a_frozen_base_does_not_move_and_a_training_layer_does():
    original = keras.saving.load_model(BASE, compile=False)
    result = training.train(on_five_to_nine(base_layer(cut=3, train_last=1)), lambda e: None)
    assert isinstance(result, training.Finished)
    # Rebuilt from the same seed and trained the same way: the run's model, inspected.
    plan = data.plan_for(on_five_to_nine(base_layer(cut=3, train_last=1)))
    dataset, built, _ = training.prepare(plan)
    built.model.fit(dataset.x_train, dataset.y_train, epochs=2, batch_size=16, verbose=0)
    base = built.model.get_layer("l1_imported")
    for name, moves in (("l1_conv2d", False), ("l3_conv2d", True)):
        before = original.get_layer(name).get_weights()[0]
        after = base.get_layer(name).get_weights()[0]
        assert np.array_equal(before, after) != moves, name


def test_the_base_learns_at_its_share_of_the_rate():
    """SGD, one step from the same weights on the same batch: a base layer moves by
    exactly the factor times what it moves at the full rate."""
    deltas = {}
    for factor in (1.0, 0.25):
        experiment = on_five_to_nine(base_layer(cut=3, train_last=1, rate_factor=factor))
        optimizer = Pick("sgd", spec.default_pick(catalog.OPTIMIZERS["sgd"]).params)
        experiment = replace(experiment, training=replace(experiment.training, optimizer=optimizer))
        dataset, built, _ = training.prepare(data.plan_for(experiment))
        kernel = built.model.get_layer("l1_imported").get_layer("l3_conv2d").kernel
        head = built.model.get_layer("output_dense").kernel
        before = [np.array(kernel), np.array(head)]
        batch = (dataset.x_train[:16], dataset.y_train[:16])
        built.model.train_on_batch(*batch)
        deltas[factor] = [np.array(kernel) - before[0], np.array(head) - before[1]]
    # Within float32's rounding of weights near 0.5 (a step of ~1e-4 keeps 3 digits).
    np.testing.assert_allclose(deltas[0.25][0], 0.25 * deltas[1.0][0], rtol=0, atol=1e-7)
    np.testing.assert_allclose(deltas[0.25][1], deltas[1.0][1], rtol=0, atol=1e-7)
    ratio = np.linalg.norm(deltas[0.25][0]) / np.linalg.norm(deltas[1.0][0])
    assert ratio == pytest.approx(0.25, rel=1e-3)


def test_a_layerlab_model_imported_keeps_its_preprocessing(digits):
    facts = imported.read_base(BASE)
    experiment, said = transfer.with_base(digits, BASE, facts)
    assert experiment.layers[0].kind == "imported" and experiment.layers[1:] == digits.layers
    assert experiment.data.preprocessing.name == "none"
    assert "scales its inputs itself" in said and "its head (output_dense)" in said
    images = replace(experiment.data, dataset=Pick("digits_images"))
    plan = data.plan_for(replace(experiment, data=images, layers=experiment.layers[:1]))
    built = builder.build(plan)
    raw = data.load(plan).x_test[:32]
    original = keras.saving.load_model(BASE, compile=False)
    penultimate = keras.Model(original.inputs, original.get_layer("output_dense").input)
    ours = keras.Model(built.model.inputs, built.model.get_layer("l1_imported_out").output)
    np.testing.assert_allclose(ours.predict(raw, verbose=0), penultimate.predict(raw, verbose=0))
    again, _ = transfer.with_base(experiment, BASE, facts)  # replaces, never stacks
    assert [la.kind for la in again.layers] == [la.kind for la in experiment.layers]


def test_a_base_on_data_of_another_shape_or_an_unknown_layer_is_a_problem(digits):
    experiment = replace(digits, layers=(base_layer(), *digits.layers))
    problems = [str(p) for p in Plan(experiment).problems()]
    assert any("takes inputs (8, 8, 1), but gets (64,)" in p for p in problems)
    named = on_five_to_nine(base_layer(cut=3, trainable=("l6_dense",)))
    problems = [str(p) for p in Plan(named).problems()]
    assert any(
        "no layer 'l6_dense' with weights (it keeps: l1_conv2d, l3_conv2d)" in p for p in problems
    )
    too_much = on_five_to_nine(base_layer(cut=5))
    assert any("leaves none" in str(p) for p in Plan(too_much).problems())


def test_model_paths_are_saved_relative_to_the_experiment(tmp_path):
    experiment = on_five_to_nine(base_layer())
    spec.save(experiment, tmp_path / "exp.json")
    stored = json.loads((tmp_path / "exp.json").read_text())
    assert not stored["layers"][0]["path"].startswith("/")
    assert spec.load(tmp_path / "exp.json").layers[0]["path"] == str(BASE.resolve())


def test_the_script_export_refuses_an_imported_base():
    with pytest.raises(script.ScriptError, match="cannot rebuild an imported model"):
        script.script(data.plan_for(templates.load("transfer_little_frozen")))


def test_little_data_means_few_training_samples_and_whole_test_sets():
    plan = data.plan_for(templates.load("transfer_little_frozen"))
    split = data.load(plan)
    assert np.bincount(split.y_train).tolist() == [10] * 5
    assert plan.split_sizes() == (len(split.y_train), len(split.y_val), len(split.y_test))
    assert len(split.y_test) == 359  # 40% of the 896 images of 5-9: measured well
    parity = data.load(data.plan_for(templates.load("transfer_little_different")))
    assert np.bincount(parity.y_train).tolist() == [10, 10] and parity.class_names == (
        "even",
        "odd",
    )


@pytest.mark.slow
def test_the_lessons_templates_train():
    for stem in ("transfer_little_frozen", "transfer_much_different"):
        result = training.train(templates.load(stem), lambda e: None)
        assert result.test_metrics["test_accuracy"] > 0.8, stem


def test_a_transfer_runs_model_imports_again_with_its_name_and_preprocessing(tmp_path):
    experiment = on_five_to_nine(base_layer(cut=3), epochs=1)
    run = tmp_path / "run"
    assert isinstance(training.train(experiment, lambda e: None, run_dir=run), training.Finished)
    facts = imported.read_base(run / "model.keras")
    assert [(la.name, la.class_name) for la in facts.layers] == [
        ("l1_imported", "Functional"),
        ("output_dense", "Dense"),
    ]
    assert facts.preprocessing and facts.origin == experiment.name
    again = on_five_to_nine(base_layer(path=str(run / "model.keras"), train_last=1))
    plan = data.plan_for(again)
    assert not plan.problems()
    assert builder.build(plan).model.count_params() == shapes.total_params(plan.infos())


def test_training_more_layers_than_are_kept_trains_them_all():
    facts = imported.read_base(BASE)
    kept = [layer.name for layer in facts.kept(3)]
    assert facts.training(3, 5, ()) == tuple(kept) == facts.training(3, 2, ())
    assert facts.training(3, 1, ()) == (kept[-1],) and facts.training(3, 0, ()) == ()


def test_a_malformed_config_is_said_not_raised(tmp_path):
    with zipfile.ZipFile(BASE) as archive:
        weights = archive.read("model.weights.h5")
    odd = tmp_path / "odd.keras"
    with zipfile.ZipFile(odd, "w") as archive:
        archive.writestr("config.json", json.dumps({"config": {"layers": ["not a layer"]}}))
        archive.writestr("model.weights.h5", weights)
    with pytest.raises(imported.BaseError, match="not a model LayerLab can read"):
        imported.read_base(odd)
