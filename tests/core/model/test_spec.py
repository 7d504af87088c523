import json

import pytest

from core.model import plan, spec, templates
from core.model.spec import Layer, Pick, SpecError


def problems_of(raw) -> list[str]:
    with pytest.raises(SpecError) as info:
        spec.from_dict(raw)
    return [str(p) for p in info.value.problems]


def base() -> dict:
    return templates.default_experiment().to_dict()


def test_round_trips_through_json(digits):
    text = digits.to_json()
    assert spec.from_dict(json.loads(text)) == digits
    assert spec.from_dict(json.loads(text)).to_json() == text


def test_defaults_are_filled_in():
    raw = {"format": "layerlab-experiment", "version": 1, "name": "x", "layers": []}
    exp = spec.from_dict(raw)
    assert exp.training.optimizer == Pick(
        "adam", {"learning_rate": 0.001, "beta_1": 0.9, "beta_2": 0.999, "epsilon": 1e-7}
    )
    assert exp.data.dataset.name == "digits"
    assert exp.layers == ()


def test_parameterised_choice_round_trips():
    raw = base()
    raw["layers"][0]["activation"] = {"name": "leaky_relu", "alpha": 0.2}
    raw["layers"][0]["kernel_initializer"] = {"name": "gaussian", "std": 1.0}
    exp = spec.from_dict(raw)
    assert exp.layers[0]["activation"] == Pick("leaky_relu", {"alpha": 0.2})
    assert exp.layers[0]["kernel_initializer"] == Pick("gaussian", {"std": 1.0})
    assert spec.from_dict(exp.to_dict()) == exp


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda r: r["layers"][2].update(units=-3),
            "layers[2].units: must be a positive integer, got -3",
        ),
        (
            lambda r: r["layers"][0].update(units="many"),
            "layers[0].units: must be a positive integer, got 'many'",
        ),
        (
            lambda r: r["layers"][1].update(rate=1.0),
            "layers[1].rate: must be a number in [0, 1), got 1.0",
        ),
        (
            lambda r: r["layers"][0].update(activation="relux"),
            "layers[0].activation: unknown choice 'relux'",
        ),
        (lambda r: r["layers"][0].update(unitz=3), "layers[0].unitz: unknown field"),
        (lambda r: r["layers"].append({"kind": "lstm"}), "layers[3].kind: unknown layer kind"),
        (lambda r: r["layers"].append(7), "layers[3]: must be an object with a 'kind'"),
        (lambda r: r.update(layers={}), "layers: must be a list"),
        (lambda r: r["training"].update(epochs=0), "training.epochs: must be an integer in [1"),
        (lambda r: r["training"].update(batch_size=True), "training.batch_size: must be"),
        (
            lambda r: r["training"].update(optimizer={"name": "sgd", "learning_rate": -1}),
            "training.optimizer.learning_rate: must be a number >= 0, got -1",
        ),
        (lambda r: r["data"].update(dataset="cifar"), "data.dataset: unknown choice 'cifar'"),
        (lambda r: r["data"].update(test_fraction=0.9), "data.test_fraction: must be a number"),
        (lambda r: r.update(seed=-1), "seed: must be an integer in [0"),
        (lambda r: r.update(name=""), "name: must be a non-empty text"),
        (lambda r: r.update(training=[]), "training: must be an object, got a list"),
        (lambda r: r.update(extra=1), "extra: unknown field"),
        (lambda r: r.update(version=99), "version: 99 is newer than this LayerLab reads"),
        (lambda r: r.update(version="1"), "version: must be a positive integer"),
        (lambda r: r.update(format="other"), "format: must be 'layerlab-experiment'"),
    ],
)
def test_each_bad_field_is_named(edit, expected):
    raw = base()
    edit(raw)
    found = problems_of(raw)
    assert any(p.startswith(expected) for p in found), found


def test_every_problem_is_reported_at_once():
    raw = base()
    raw["layers"][0]["units"] = 0
    raw["layers"][1]["rate"] = -0.5
    raw["training"]["epochs"] = -1
    assert len(problems_of(raw)) == 3


def test_shape_problems_name_the_layer(tmp_path):
    raw = base()
    raw["layers"].append({"kind": "conv2d"})
    experiment = spec.from_dict(raw)  # well-formed: whether it fits depends on the data
    found = [str(p) for p in plan.validate(experiment)]
    assert found[0].startswith("layers[3]: Conv2D needs an image input")
    path = tmp_path / "e.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(SpecError) as info:  # opening it for use says so at once
        plan.load(path)
    assert str(info.value.problems[0]) == found[0]


def test_not_an_object():
    assert problems_of([1, 2]) == ["an experiment must be a JSON object, got a list"]


def test_migration_runs_each_step(monkeypatch):
    def v1_to_v2(raw):
        renamed = dict(raw)
        renamed["name"] = renamed.pop("title")
        return renamed

    old = base()
    old["title"] = old.pop("name")
    monkeypatch.setattr(spec, "VERSION", 2)
    monkeypatch.setitem(spec.MIGRATIONS, 1, v1_to_v2)
    migrated = spec.migrate(old)
    assert migrated["version"] == 2
    assert migrated["name"] == "Digits MLP"


def test_missing_migration_is_reported(monkeypatch):
    old = base()
    monkeypatch.setattr(spec, "VERSION", 3)
    with pytest.raises(SpecError, match="no migration from version 1"):
        spec.migrate(old)


def test_load_reports_unreadable_and_malformed_files(tmp_path):
    with pytest.raises(SpecError, match="cannot read the file"):
        spec.load(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": ', encoding="utf-8")
    with pytest.raises(SpecError, match=r"not valid JSON \(.* at line 1, column 10\)") as info:
        spec.load(bad)
    assert info.value.source == str(bad)
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(SpecError, match="cannot read the file"):
        spec.load(binary)


def test_save_then_load_is_identical(tmp_path, digits):
    path = tmp_path / "exp.json"
    spec.save(digits, path)
    assert spec.load(path) == digits
    assert not (tmp_path / "exp.json.tmp").exists()


def test_validate_in_memory_edit(digits):
    broken = digits.with_layers((*digits.layers, Layer("max_pool2d", {"pool_size": 2})))
    assert [str(p) for p in plan.validate(broken)] == [
        "layers[3]: MaxPooling2D needs an image input (height, width, channels), but gets "
        "a flat vector (64,); it must come before any Flatten or Dense layer"
    ]
    assert plan.validate(digits) == []


def test_default_layer_has_catalog_defaults():
    layer = spec.default_layer("dense")
    assert layer["units"] == 64
    assert layer["activation"] == Pick("relu")
    assert layer["dropout"] == 0.0
