import dataclasses

import numpy as np
import pytest

from core.engine import data
from core.model import catalog, plan, spec, templates
from core.model.plan import Plan
from core.model.spec import Pick

TOY = ["circle", "xor", "gauss", "spiral", "plane", "multi_gauss"]
BUNDLED = {"iris": (4, 3), "wine": (13, 3), "breast_cancer": (30, 2), "diabetes": (10, 0)}


def with_dataset(name: str, **params) -> spec.Experiment:
    base = templates.default_experiment()
    pick = spec.default_pick(catalog.DATASETS[name])
    pick = Pick(name, {**pick.params, **params})
    return dataclasses.replace(base, data=dataclasses.replace(base.data, dataset=pick))


def images_experiment(name: str) -> spec.Experiment:
    """An experiment on an image set, flattened before the default dense layers."""
    exp = with_dataset(name)
    return exp.with_layers((spec.default_layer("flatten"), *exp.layers))


@pytest.mark.parametrize("name", TOY)
def test_toy_generators_shape_classes_and_noise(name):
    points, target = data.toy_points(name, 300, 0.0, seed=1)
    assert points.shape == (300, 2)
    assert np.abs(points).max() <= 1.3
    if catalog.DATASETS[name].task == "classification":
        assert sorted(np.unique(target)) == [0, 1]
        assert abs(target.mean() - 0.5) < 0.1
    else:
        assert target.dtype == np.float32
    noisy, noisy_target = data.toy_points(name, 300, 0.8, seed=1)
    # Noise jitters the points of a classification set, the target of a regression set.
    assert not (np.allclose(points, noisy) and np.allclose(target, noisy_target))
    again, _ = data.toy_points(name, 300, 0.8, seed=1)
    np.testing.assert_array_equal(noisy, again)  # the seed fixes the data


def test_circle_is_a_disc_inside_a_ring():
    points, target = data.toy_points("circle", 400, 0.0, seed=0)
    radius = np.hypot(points[:, 0], points[:, 1])
    assert radius[target == 1].max() <= 0.5
    assert radius[target == 0].min() >= 0.7


def test_xor_labels_follow_the_quadrants():
    points, target = data.toy_points("xor", 400, 0.0, seed=0)
    np.testing.assert_array_equal(target, (points[:, 0] * points[:, 1] >= 0).astype(int))


def test_derived_features_extend_the_input():
    exp = with_dataset("xor", squares=True, product=True, sines=True, samples=200)
    assert Plan(exp).input_shape() == (7,)
    split = data.load(Plan(exp))
    assert split.x_train.shape[1] == 7
    x1, x2 = split.x_train[:, 0], split.x_train[:, 1]
    np.testing.assert_allclose(split.x_train[:, 2], x1**2, rtol=1e-5)
    np.testing.assert_allclose(split.x_train[:, 4], x1 * x2, rtol=1e-5)
    np.testing.assert_allclose(split.x_train[:, 6], np.sin(x2), rtol=1e-5)


@pytest.mark.parametrize(("name", "shape"), list(BUNDLED.items()))
def test_bundled_sets_load_and_split(name, shape):
    features, classes = shape
    exp = with_dataset(name)
    split = data.load(Plan(exp))
    assert split.x_train.shape[1] == features
    assert Plan(exp).input_shape() == (features,)
    assert Plan(exp).split_sizes() == (len(split.x_train), len(split.x_val), len(split.x_test))
    if classes:
        assert len(split.class_names) == classes
        assert set(np.unique(split.y_train)) == set(range(classes))
    else:
        assert split.y_train.dtype == np.float32


def test_toy_split_sizes_follow_the_sample_count():
    exp = with_dataset("spiral", samples=250)
    split = data.load(Plan(exp))
    assert sum(map(len, (split.x_train, split.x_val, split.x_test))) == 250
    assert Plan(exp).split_sizes() == (len(split.x_train), len(split.x_val), len(split.x_test))


def _with_preprocessing(name: str, **params) -> spec.Experiment:
    base = templates.default_experiment()
    pick = Pick(name, {**spec.default_pick(catalog.PREPROCESSING[name]).params, **params})
    return dataclasses.replace(base, data=dataclasses.replace(base.data, preprocessing=pick))


def _preprocessed(experiment, x):
    import keras

    from core.engine import builder

    split = data.load(Plan(experiment))
    scaling = data.fit_scaling(experiment.data.preprocessing, split.x_train)
    model = builder.build(Plan(experiment), scaling).model
    last = "pca" if scaling.projection is not None else "preprocess"
    inner = keras.Model(model.inputs[0], model.get_layer(last).output)
    return np.asarray(inner.predict_on_batch(x)), split


def test_scaling_comes_from_the_training_split_only(digits):
    split = data.load(Plan(digits))
    scaling = data.fit_scaling(digits.data.preprocessing, split.x_train)
    np.testing.assert_allclose(scaling.shift, split.x_train.mean(axis=0), rtol=1e-5)
    everything = np.concatenate([split.x_train, split.x_val, split.x_test])
    assert not np.allclose(scaling.shift, everything.mean(axis=0), rtol=1e-5)  # no leakage


@pytest.mark.parametrize(("name", "low", "high"), [("minmax_01", 0, 1), ("minmax_11", -1, 1)])
def test_min_max_maps_the_training_split_onto_its_range(name, low, high):
    exp = _with_preprocessing(name)
    split = data.load(Plan(exp))
    out, _ = _preprocessed(exp, split.x_train)
    varying = split.x_train.max(axis=0) > split.x_train.min(axis=0)
    np.testing.assert_allclose(out[:, varying].min(axis=0), low, atol=1e-5)
    np.testing.assert_allclose(out[:, varying].max(axis=0), high, atol=1e-5)


def test_pca_whitening_gives_identity_covariance_on_training_data():
    exp = _with_preprocessing("whiten", components=10)
    split = data.load(Plan(exp))
    out, _ = _preprocessed(exp, split.x_train)
    assert out.shape == (len(split.x_train), 10)
    np.testing.assert_allclose(np.cov(out, rowvar=False), np.eye(10), atol=1e-3)


def test_pca_keeps_the_largest_components_and_feeds_the_first_layer():
    exp = _with_preprocessing("pca", components=12)
    assert Plan(exp).feature_shape() == (12,)
    raw = data.load(Plan(exp)).x_train
    out, _ = _preprocessed(exp, raw)
    assert raw.shape[1] == 64
    assert out.shape[1] == 12
    assert np.all(np.diff(out.var(axis=0)) <= 1e-3)  # largest first


def test_pca_problems_are_named():
    too_many = _with_preprocessing("pca", components=100)
    assert [str(p) for p in plan.validate(too_many)] == [
        "data.preprocessing: PCA can keep at most 64 components here, not 100"
    ]
    images = dataclasses.replace(
        too_many,
        data=dataclasses.replace(too_many.data, dataset=Pick("digits_images")),
        layers=(),
    )
    assert "PCA needs flat features" in str(plan.validate(images)[0])


def _write_idx(path, header: bytes, values: np.ndarray) -> None:
    import gzip

    with gzip.open(path, "wb") as f:
        f.write(header + values.astype(np.uint8).tobytes())


@pytest.fixture
def keras_home(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    folder = tmp_path / "keras" / "datasets"
    folder.mkdir(parents=True)
    return folder


def test_mnist_missing_from_the_cache_says_how_to_get_it(keras_home):
    with pytest.raises(data.DataError) as info:
        data.load(Plan(images_experiment("mnist")))
    message = str(info.value)
    assert f"{keras_home / 'mnist.npz'} does not exist" in message
    assert "keras.datasets.mnist.load_data()" in message


def test_mnist_is_read_from_the_keras_cache(keras_home):
    rng = np.random.default_rng(0)
    np.savez(
        keras_home / "mnist.npz",
        x_train=rng.integers(0, 255, (80, 28, 28)),
        y_train=np.arange(80) % 10,
        x_test=rng.integers(0, 255, (20, 28, 28)),
        y_test=np.arange(20) % 10,
    )
    split = data.load(Plan(images_experiment("mnist")))
    assert split.x_train.shape[1:] == (28, 28, 1)
    assert sum(map(len, (split.x_train, split.x_val, split.x_test))) == 100


def test_mnist_file_without_an_array_is_named(keras_home):
    np.savez(keras_home / "mnist.npz", x_train=np.zeros((2, 28, 28)))
    with pytest.raises(data.DataError, match=r"mnist.npz: the array 'y_train' is missing"):
        data.load(Plan(images_experiment("mnist")))


def test_fashion_mnist_is_read_from_its_idx_files(keras_home):
    folder = keras_home / "fashion-mnist"
    folder.mkdir()
    for part, n in (("train", 60), ("t10k", 40)):
        _write_idx(folder / f"{part}-labels-idx1-ubyte.gz", b"\0" * 8, np.arange(n) % 10)
        _write_idx(folder / f"{part}-images-idx3-ubyte.gz", b"\0" * 16, np.ones(n * 784))
    split = data.load(Plan(images_experiment("fashion_mnist")))
    assert split.class_names[0] == "T-shirt/top"
    assert split.x_train.shape[1:] == (28, 28, 1)
    (folder / "t10k-labels-idx1-ubyte.gz").write_bytes(b"not gzip")
    with pytest.raises(data.DataError, match="not a readable gzipped IDX file"):
        data.load(Plan(images_experiment("fashion_mnist")))
