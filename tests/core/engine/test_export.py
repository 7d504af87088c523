"""Exports: every format reloads in its own runtime and matches the trained model; the
script rebuilds and retrains the same experiment without LayerLab; nothing half-written."""

import importlib.util
import re
import stat
import subprocess
import sys
from dataclasses import replace

import keras
import numpy as np
import pytest
import tensorflow as tf

from core.engine import builder, data, export, script, training
from core.model import catalog, files, spec, templates
from core.model.spec import Pick
from tests.helpers import quick, user_data, write_images, write_table

SUFFIXES = {
    "keras": ".keras",
    "savedmodel": "",
    "onnx": ".onnx",
    "tflite": ".tflite",
    "script": ".py",
}
# ONNX needs two packages of its own (tf2onnx to convert, onnxruntime to check).
NEEDS_ONNX = pytest.mark.skipif(
    not (importlib.util.find_spec("tf2onnx") and importlib.util.find_spec("onnxruntime")),
    reason="tf2onnx and onnxruntime are not installed",
)
EVERYTHING = spec.Augmentation(
    flip=True, crop=2, zoom=0.2, rotation=0.1, brightness=0.3, contrast=0.3
)


def formats(*cases) -> list:
    """Formats (or (format, quantization) pairs) as parameters, ONNX skipped where it is
    not installed."""
    params = []
    for case in cases:
        values = case if isinstance(case, tuple) else (case,)
        params.append(pytest.param(*values, marks=NEEDS_ONNX if values[0] == "onnx" else ()))
    return params


def with_data(experiment: spec.Experiment, **changes) -> spec.Experiment:
    return replace(experiment, data=replace(experiment.data, **changes))


def untrained_run(experiment: spec.Experiment, folder):
    """A run folder as training leaves it, with the model as initialized: enough to
    export, in a second instead of a training run."""
    folder.mkdir()
    _, built, _ = training.prepare(data.plan_for(experiment))
    built.model.save(folder / "model.keras")
    files.write_text(folder / "experiment.json", experiment.to_json())
    return folder


def script_score(path) -> float:
    """Run the script in a fresh interpreter that cannot import LayerLab (-I: no
    PYTHONPATH, and the script's folder is not the repository); its printed score."""
    done = subprocess.run(
        [sys.executable, "-I", str(path)],
        cwd=path.parent,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return float(re.search(r"test accuracy (\d\.\d+)", done.stdout).group(1))


def server(format: str, path):
    """The exported file loaded the way its users load it: a function of the inputs."""
    if format == "savedmodel":
        loaded = tf.saved_model.load(str(path))
        return lambda x: loaded.signatures["serving_default"](input=tf.constant(x))["output_0"]
    if format == "onnx":
        import onnxruntime

        session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
        return lambda x: session.run(["output"], {"input": x})[0]
    interpreter = tf.lite.Interpreter(model_path=str(path))
    runner = interpreter.get_signature_runner()
    return lambda x: next(iter(runner(input=x).values()))


@pytest.fixture(scope="module")
def digits_run(tmp_path_factory):
    """The default experiment trained once for the whole module: (run folder, accuracy)."""
    folder = tmp_path_factory.mktemp("digits") / "run"
    result = training.train(templates.default_experiment(), lambda event: None, run_dir=folder)
    return folder, result.test_metrics["test_accuracy"]


@pytest.fixture(scope="module")
def loaded(digits_run):
    return export.load_run(digits_run[0])


@pytest.mark.slow
@pytest.mark.parametrize(("format", "quantization"), formats(*export.TOLERANCES))
def test_each_format_reloads_in_its_runtime_and_matches_the_trained_model(
    loaded, tmp_path, format, quantization
):
    target = tmp_path / f"digits{SUFFIXES[format]}"
    result = export.export_run(loaded, format, target, quantization)
    assert result.ok and result.path == target and result.format == format
    assert result.max_abs_diff <= result.tolerance == export.TOLERANCES[format, quantization]
    assert result.agreement >= export.MIN_AGREEMENT
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary left
    again = export.export_run(loaded, format, target, quantization)  # replaces the old one
    assert again.ok and [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.slow
def test_the_keras_export_is_the_runs_own_file(digits_run, tmp_path):
    result = export.export(digits_run[0], "keras", tmp_path / "copy.keras")
    assert result.max_abs_diff == 0.0
    assert (tmp_path / "copy.keras").read_bytes() == (digits_run[0] / "model.keras").read_bytes()


@pytest.mark.slow
@pytest.mark.parametrize("format", formats("savedmodel", "onnx", "tflite"))
def test_an_augmented_model_serves_without_its_augmentation(tmp_path, format):
    """Keras' random image layers augment unless told training=False, which a serving
    function does not say: the export leaves them out, so the outputs are steady and
    are the model's predictions."""
    lenet = templates.load("lenet5")
    run = untrained_run(with_data(lenet, augmentation=EVERYTHING), tmp_path / "run")
    loaded = export.load_run(run)
    assert [la.name for la in loaded.model.layers][1] == "aug_flip"
    target = tmp_path / f"lenet{SUFFIXES[format]}"
    result = export.export_run(loaded, format, target)
    serve = server(format, target)
    first, second = serve(loaded.probe), serve(loaded.probe)
    np.testing.assert_array_equal(first, second)
    predicted = loaded.model.predict(loaded.probe, verbose=0)
    np.testing.assert_allclose(first, predicted, atol=result.tolerance)
    assert result.ok


@pytest.mark.slow
def test_the_inference_model_is_the_same_layers_without_the_augmentation(tmp_path):
    """Even served without training=False (Keras' own export), it does not augment."""
    lenet = templates.load("lenet5")
    loaded = export.load_run(
        untrained_run(with_data(lenet, augmentation=EVERYTHING), tmp_path / "run")
    )
    model = export.inference_model(loaded.model)
    names = [la.name for la in loaded.model.layers]
    assert [la.name for la in model.layers] == [n for n in names if not n.startswith("aug_")]
    assert all(la is loaded.model.get_layer(la.name) for la in model.layers[1:])
    model.export(tmp_path / "plain", format="tf_saved_model", verbose=False)
    serve = server("savedmodel", tmp_path / "plain")
    first, second = serve(loaded.probe), serve(loaded.probe)
    np.testing.assert_array_equal(first, second)
    np.testing.assert_allclose(first, loaded.model.predict(loaded.probe, verbose=0), atol=1e-5)


@pytest.mark.slow
@pytest.mark.parametrize("format", formats("onnx", "tflite", "script"))
def test_every_layer_kind_and_activation_exports(tmp_path, format):
    layers = [
        {"kind": "conv2d", "filters": 4, "batch_norm": True, "activation": "gelu"},
        {"kind": "residual", "block": "conv2d", "units": 6, "activation": "swish"},
        {"kind": "max_pool2d"},
        {"kind": "avg_pool2d", "pool_size": 1},
        {"kind": "batch_norm"},
        {"kind": "activation", "activation": "selu"},
        {"kind": "global_avg_pool2d"},
        {"kind": "dense", "units": 8, "dropout": 0.2, "activation": {"name": "elu", "alpha": 0.5}},
        {"kind": "residual", "units": 8, "batch_norm": True, "activation": "leaky_relu"},
        {"kind": "dense", "units": 8, "activation": "sigmoid", "l1": 0.01, "l2": 0.01},
        {"kind": "dropout"},
    ]
    experiment = spec.from_dict(templates.load("lenet5").to_dict() | {"layers": layers})
    loaded = export.load_run(untrained_run(experiment, tmp_path / "run"))
    assert export.export_run(loaded, format, tmp_path / f"all{SUFFIXES[format]}").ok


@pytest.mark.slow
@pytest.mark.parametrize("name", ["digits_mlp", "lenet5"])
def test_the_script_retrains_to_the_runs_accuracy_without_layerlab(digits_run, tmp_path, name):
    if name == templates.DEFAULT:
        folder, accuracy = digits_run
    else:
        folder = tmp_path / "run"
        result = training.train(templates.load(name), lambda event: None, run_dir=folder)
        accuracy = result.test_metrics["test_accuracy"]
    path = tmp_path / "train.py"
    assert export.export(folder, "script", path).ok
    text = path.read_text(encoding="utf-8")
    imports = [line for line in text.splitlines() if re.match(r"\s*(import|from) ", line)]
    assert not [line for line in imports if "core" in line or "layerlab" in line.lower()]
    assert "core." not in text
    # Same seed, same order of random draws: in practice the very same number.
    assert abs(script_score(path) - accuracy) <= 0.02


# Every template the script can write (an imported base is refused: test_transfer).
SCRIPTED = [
    n
    for n, _ in templates.TEMPLATES
    if all(la.kind != "imported" for la in templates.load(n).layers)
]


@pytest.mark.parametrize("name", SCRIPTED)
def test_the_script_builds_the_builders_network_with_the_same_initial_weights(tmp_path, name):
    experiment = templates.load(name)
    if name == "lenet5":
        experiment = with_data(experiment, augmentation=EVERYTHING)
    plan = data.plan_for(experiment)
    path = tmp_path / "train.py"
    path.write_text(script.script(plan), encoding="utf-8")
    module = export.import_script(path)
    x_train = module.split(*module.load_data())[0]
    keras.utils.set_random_seed(experiment.seed)
    ours = module.build_model(x_train)
    keras.utils.set_random_seed(experiment.seed)
    scaling = data.fit_scaling(experiment.data.preprocessing, x_train)
    value_range = (float(x_train.min()), float(x_train.max()))
    theirs = builder.build(plan, scaling, value_range).model
    assert [la.name for la in ours.layers] == [la.name for la in theirs.layers]
    for mine, built in zip(ours.weights, theirs.weights, strict=True):
        assert mine.path == built.path
        np.testing.assert_array_equal(keras.ops.convert_to_numpy(mine), built.numpy())


def _dataset_cases():
    plane = [Pick(key, spec.default_pick(catalog.DATASETS[key]).params) for key in ("xor", "plane")]
    named = [Pick(key) for key in ("digits", "digits_images", "iris", "diabetes")]
    named += [
        Pick("digits_images", {"classes": Pick("5-9"), "labels": Pick("digit"), "per_class": 20}),
        Pick("digits", {"classes": Pick("all"), "labels": Pick("parity"), "per_class": 0}),
    ]
    return [(p, Pick("standardize")) for p in named + plane] + [
        (Pick("wine"), Pick(key, {"components": 5} if choice.params else {}))
        for key, choice in catalog.PREPROCESSING.items()
    ]


@pytest.mark.parametrize(("dataset", "preprocessing"), _dataset_cases())
def test_the_script_loads_splits_and_scales_as_the_engine(tmp_path, dataset, preprocessing):
    experiment = with_data(
        templates.default_experiment(), dataset=dataset, preprocessing=preprocessing
    )
    experiment = spec.from_dict(experiment.to_dict())  # every field at its default
    path = tmp_path / "train.py"
    path.write_text(script.script(data.plan_for(experiment)), encoding="utf-8")
    module = export.import_script(path)
    parts = module.split(*module.load_data())
    split = data.load(data.plan_for(experiment))
    expected = (split.x_train, split.y_train, split.x_val, split.y_val, split.x_test, split.y_test)
    for got, want in zip(parts, expected, strict=True):
        np.testing.assert_array_equal(got, want)
    scaling = data.fit_scaling(experiment.data.preprocessing, split.x_train)
    if scaling is None:
        assert not hasattr(module, "fit_scaling")
        return
    fitted = module.fit_scaling(split.x_train)
    for field in ("shift", "variance", "projection"):
        np.testing.assert_array_equal(getattr(fitted, field), getattr(scaling, field))


def _schedules():
    cases = []
    for key, choice in catalog.SCHEDULES.items():
        params = spec.default_pick(choice).params
        cases.append(Pick(key, params))
        if "warmup" in params:
            cases.append(Pick(key, {**params, "warmup": 0.25 if params["warmup"] == 0 else 0}))
    return cases


@pytest.mark.parametrize("schedule", _schedules(), ids=lambda p: f"{p.name}-{p.params}")
def test_the_scripts_learning_rate_is_the_planned_one_at_every_step(tmp_path, schedule):
    experiment = quick(templates.default_experiment(), epochs=7, schedule=schedule)
    plan = data.plan_for(experiment)
    text = script.script(plan)
    if not script.planned(plan):
        assert "PlannedRate" not in text
        callback = catalog.SCHEDULES[schedule.name].callback(schedule.params)
        assert callback is None or callback.code("keras").split("(")[0] in text
        return
    path = tmp_path / "train.py"
    path.write_text(text, encoding="utf-8")
    module = export.import_script(path)
    per_epoch = plan.steps_per_epoch()
    planned = catalog.SCHEDULES[schedule.name].rates(schedule.params, 0.001, 7, per_epoch)
    written = [module.learning_rate(step, per_epoch) for step in range(7 * per_epoch)]
    np.testing.assert_allclose(written, planned, rtol=1e-12, atol=0)


@pytest.mark.slow
def test_the_script_reads_fashion_mnist_from_the_keras_cache_as_the_engine(tmp_path, monkeypatch):
    """A small fake Fashion-MNIST in a private Keras cache, read by the script in a
    fresh interpreter (Keras fixes its cache folder when it is imported)."""
    import gzip

    rng = np.random.default_rng(0)
    folder = tmp_path / "keras" / "datasets" / "fashion-mnist"
    folder.mkdir(parents=True)
    for part, count in (("train", 80), ("t10k", 20)):
        labels = np.arange(count, dtype=np.uint8) % 10
        images = rng.integers(0, 256, (count, 28, 28), dtype=np.uint8)
        with gzip.open(folder / f"{part}-labels-idx1-ubyte.gz", "wb") as f:
            f.write(bytes(8) + labels.tobytes())
        with gzip.open(folder / f"{part}-images-idx3-ubyte.gz", "wb") as f:
            f.write(bytes(16) + images.tobytes())
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    experiment = with_data(templates.load("lenet5"), dataset=Pick("fashion_mnist"))
    path = tmp_path / "train.py"
    path.write_text(script.script(data.plan_for(experiment)), encoding="utf-8")
    saved = tmp_path / "split.npz"
    code = (
        "import importlib.util, sys, numpy as np\n"
        f"s = importlib.util.spec_from_file_location('train', {str(path)!r})\n"
        "m = importlib.util.module_from_spec(s); sys.modules['train'] = m\n"
        "s.loader.exec_module(m)\n"
        f"np.savez({str(saved)!r}, *m.split(*m.load_data()))\n"
    )
    subprocess.run([sys.executable, "-I", "-c", code], check=True, capture_output=True)
    split = data.load(data.plan_for(experiment))
    with np.load(saved) as got:
        np.testing.assert_array_equal(got["arr_0"], split.x_train)
        np.testing.assert_array_equal(got["arr_5"], split.y_test)


@pytest.fixture
def loaded_untrained(tmp_path):
    return export.load_run(untrained_run(templates.default_experiment(), tmp_path / "run"))


def test_an_unwritable_folder_is_named_and_nothing_is_left_behind(loaded_untrained, tmp_path):
    blocker = tmp_path / "plain.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    for format in ("onnx", "savedmodel"):
        target = blocker / f"model{SUFFIXES[format]}"
        with pytest.raises(export.ExportError, match=r"plain\.txt"):
            export.export_run(loaded_untrained, format, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.txt", "run"]
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_file_that_fails_its_check_is_not_written_and_the_old_one_stays(
    loaded_untrained, tmp_path, monkeypatch
):
    target = tmp_path / "model.tflite"
    target.write_bytes(b"the previous export")
    monkeypatch.setitem(export.TOLERANCES, ("tflite", "none"), 0.0)
    monkeypatch.setattr(export, "MIN_AGREEMENT", 1.01)  # whatever it measures, it fails
    with pytest.raises(export.ExportError) as info:
        export.export_run(loaded_untrained, "tflite", target)
    message = str(info.value)
    assert message.startswith(f"{target} was not written: the exported model ")
    assert info.value.result is not None and not info.value.result.ok
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.tflite", "run"]


def test_a_savedmodel_replaces_only_a_savedmodel_folder(loaded_untrained, tmp_path):
    keep = tmp_path / "photos"
    keep.mkdir()
    (keep / "cat.jpg").write_bytes(b"meow")
    with pytest.raises(export.ExportError, match="not a SavedModel folder"):
        export.export_run(loaded_untrained, "savedmodel", keep)
    assert [p.name for p in keep.iterdir()] == ["cat.jpg"]
    target = tmp_path / "served"
    export.export_run(loaded_untrained, "savedmodel", target)
    (target / "stale.txt").write_text("from the old export", encoding="utf-8")
    assert export.export_run(loaded_untrained, "savedmodel", target).ok
    assert not (target / "stale.txt").exists() and (target / "saved_model.pb").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photos", "run", "served"]


def test_wrong_names_and_missing_runs_are_named(loaded_untrained, tmp_path):
    with pytest.raises(export.ExportError, match=r"must end in \.keras"):
        export.export_run(loaded_untrained, "keras", tmp_path / "model.h5")
    with pytest.raises(export.ExportError, match="is a folder"):
        export.export_run(loaded_untrained, "onnx", tmp_path)
    with pytest.raises(export.ExportError, match="no export to 'tflite' with quantization 'int4'"):
        export.export(tmp_path / "run", "tflite", tmp_path / "m.tflite", "int4")
    with pytest.raises(export.ExportError, match=r"model\.keras does not exist"):
        export.export(tmp_path, "onnx", tmp_path / "m.onnx")


def test_an_export_may_have_any_name_and_is_made_as_any_new_file(
    loaded_untrained, tmp_path, monkeypatch
):
    """No bytecode cache beside it from checking a script, and the user's usual
    permissions (not a temporary file's owner-only ones)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    target = tmp_path / "train"
    assert export.export_run(loaded_untrained, "script", target).ok
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run", "train"]
    fresh = tmp_path / "fresh"
    fresh.touch()
    assert stat.S_IMODE(target.stat().st_mode) == stat.S_IMODE(fresh.stat().st_mode)


def test_a_script_of_an_image_folder_is_refused_by_name(tmp_path):
    folder = write_images(tmp_path / "images")
    experiment = user_data(templates.load("lenet5"), "image_folder", path=str(folder))
    loaded = export.load_run(untrained_run(experiment, tmp_path / "run"))
    target = tmp_path / "train.py"
    with pytest.raises(export.ExportError, match=r"train\.py: the script export cannot read"):
        export.export_run(loaded, "script", target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["images", "run"]


def _user_files(folder) -> list[spec.Experiment]:
    """A table with gaps, a text feature and a text target, read twice (gaps filled,
    rows dropped); a semicolon table with a number target; npz arrays, one-hot targets
    and 3-D images among them."""
    base = templates.default_experiment()
    table = write_table(folder / "table.csv", rows=150)
    semicolons = folder / "numbers.csv"
    rng = np.random.default_rng(1)
    rows = [f"{a:.3f};{b:.3f};{int(a > b) + 1}" for a, b in rng.normal(size=(90, 2))]
    semicolons.write_text("a;b;grade\n" + "\n".join(rows) + "\n", encoding="utf-8")
    arrays = folder / "arrays.npz"
    np.savez(arrays, images=rng.random((60, 4, 5)), y=np.eye(3)[np.arange(60) % 3])
    regression = folder / "regression.npz"
    np.savez(regression, x=rng.random((70, 3)), y=rng.random(70))
    cases = [
        user_data(base, "csv", path=str(table), missing=Pick("mean")),
        user_data(base, "csv", path=str(table), missing=Pick("drop")),
        user_data(base, "csv", path=str(semicolons)),
        user_data(base, "npz", path=str(arrays), x="images"),
        user_data(base, "npz", path=str(regression)),
    ]
    return [spec.from_dict(e.to_dict()) for e in cases]


def test_the_script_reads_the_users_tables_and_arrays_as_the_engine(tmp_path):
    for index, experiment in enumerate(_user_files(tmp_path)):
        path = tmp_path / f"train{index}.py"
        path.write_text(script.script(data.plan_for(experiment)), encoding="utf-8")
        module = export.import_script(path)
        parts = module.split(*module.load_data())
        split = data.load(data.plan_for(experiment))
        expected = (
            split.x_train,
            split.y_train,
            split.x_val,
            split.y_val,
            split.x_test,
            split.y_test,
        )
        for got, want in zip(parts, expected, strict=True):
            assert got.dtype == want.dtype, experiment.data.dataset
            np.testing.assert_array_equal(got, want)


@pytest.mark.slow
def test_the_script_of_a_csv_experiment_retrains_to_the_runs_accuracy(tmp_path):
    table = write_table(tmp_path / "table.csv", rows=400)
    experiment = quick(user_data(templates.default_experiment(), "csv", path=str(table)), 15)
    folder = tmp_path / "run"
    result = training.train(experiment, lambda event: None, run_dir=folder)
    path = tmp_path / "train.py"
    assert export.export(folder, "script", path).ok
    assert "pd.read_csv(PATH, sep=','" in path.read_text(encoding="utf-8")
    assert abs(script_score(path) - result.test_metrics["test_accuracy"]) <= 0.02
