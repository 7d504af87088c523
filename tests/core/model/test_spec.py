import errno
import json
import os
from dataclasses import replace

import pytest

from core.model import files, plan, spec, store, templates
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


def test_a_file_with_a_byte_order_mark_opens(tmp_path, digits):
    """Windows' Notepad starts UTF-8 files with a byte-order mark."""
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + digits.to_json().encode("utf-8"))
    assert spec.load(path) == digits


def test_a_korean_name_round_trips_and_stays_readable_in_the_file(tmp_path, digits):
    korean = replace(digits, name="손글씨 숫자 실험")
    path = tmp_path / "exp.json"
    spec.save(korean, path)
    assert "손글씨 숫자 실험" in path.read_text(encoding="utf-8")  # not \uc190...
    assert spec.load(path) == korean


def test_a_failed_save_leaves_the_old_file_whole_and_no_temporary_file(
    tmp_path, digits, monkeypatch
):
    path = tmp_path / "exp.json"
    spec.save(digits, path)
    before = path.read_bytes()

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)  # the write fails after it began
    with pytest.raises(files.WriteError, match=r"exp\.json: No space left on device"):
        spec.save(replace(digits, name="Changed"), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["exp.json"]


def test_saving_where_the_folder_is_a_file_names_the_file(tmp_path, digits):
    (tmp_path / "not_a_folder").write_text("x")
    target = tmp_path / "not_a_folder" / "exp.json"
    with pytest.raises(files.WriteError, match=r"exp\.json: Not a directory"):
        spec.save(digits, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not_a_folder"]


def test_the_name_has_a_maximum_length():
    raw = base()
    raw["name"] = "n" * 310
    assert problems_of(raw) == ["name: must be at most 200 characters, got 310"]
    raw["name"] = "n" * spec.MAX_NAME_LENGTH
    assert spec.from_dict(raw).name == raw["name"]


def nested(levels: int) -> list:
    value: list = []
    for _ in range(levels):
        value = [value]
    return value


@pytest.mark.parametrize(
    "value",
    [
        "x" * 5_000_000,
        [list(range(1000))] * 1000,
        {"k" * 1000: "v" * 1000},
        10**5000,  # more digits than Python prints
        nested(3000),  # deeper than repr goes
    ],
    ids=["5 MB text", "a million numbers", "long key and value", "5000 digits", "deep list"],
)
def test_a_huge_value_is_never_printed_back_whole(value):
    raw = base()
    raw["layers"][0]["units"] = value
    raw["layers"][0]["activation"] = value
    raw["layers"].append({"kind": value})
    raw["version"] = value if isinstance(value, int) else 1
    found = problems_of(raw)
    assert found and all(len(p) < 400 for p in found), [p[:400] for p in found]


def test_a_long_value_is_cut_with_an_ellipsis():
    raw = base()
    raw["layers"][0]["units"] = "y" * 1000
    raw["layers"][0]["u" * 1000] = 1
    unknown, message = problems_of(raw)  # unknown fields come first
    assert message.startswith("layers[0].units: must be a positive integer, got 'yyy")
    assert message.endswith("…") and len(message) < 120
    assert unknown.startswith("layers[0].uuu") and "…: unknown field" in unknown


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda r: r["layers"][0].update(units=2**60),
            f"layers[0].units: must be at most {2**53}, got {2**60}",
        ),
        (
            lambda r: r["layers"][0].update(l2=10**400),
            "layers[0].l2: must be a number >= 0, got <an integer of about 401 digits>",
        ),
        (lambda r: r["layers"][0].update(l2=float("nan")), "layers[0].l2: must be a number >= 0"),
        (lambda r: r["layers"][0].update(units=1e308), "layers[0].units: must be a positive"),
        (lambda r: r.update(seed=2**64), "seed: must be an integer in [0, 2.14748e+09], got"),
        (
            lambda r: r["layers"][0].update(activation={"name": {"a": 1}}),
            "layers[0].activation: unknown choice {'a': 1}",
        ),
        (
            lambda r: r["output"].update(activation=["relu"]),
            "output.activation: unknown choice ['relu']",
        ),
    ],
)
def test_numbers_and_names_beyond_reason_are_named(edit, expected):
    raw = base()
    edit(raw)
    found = problems_of(raw)
    assert any(p.startswith(expected) for p in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"seed": ' + "9" * 5000 + "}", "not usable JSON (Exceeds the limit"),
        ("[" * 100_000 + "]" * 100_000, "not usable JSON (maximum recursion depth"),
    ],
    ids=["5000 digits", "deep list"],
)
def test_json_that_python_cannot_take_is_a_named_problem(tmp_path, text, expected):
    path = tmp_path / "odd.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as info:
        spec.load(path)
    assert str(info.value.problems[0]).startswith(expected)
    assert len(str(info.value)) < 200


def test_a_run_folder_name_stays_short_whatever_the_name(tmp_path):
    assert store.folder_slug("Digits MLP") == "digits-mlp"
    assert store.folder_slug("!!!") == "run"
    assert len(store.folder_slug("a" * 50_000)) == store.SLUG_CHARACTERS
    assert store.folder_slug("손글씨 숫자") == "손글씨-숫자"
    wide = store.folder_slug("𝐀" * 200)  # 4 bytes a letter; no half a letter at the end
    assert len(wide.encode()) <= store.SLUG_BYTES and set(wide) == {"𝐀"}
    folder = store.new_run_dir(tmp_path, "x" * 100_000)
    assert folder.is_dir() and len(folder.name) < 100


def test_a_file_dataset_without_its_path_opens_and_says_what_it_needs(tmp_path):
    """Found by the fuzz test: without "path" it was taken (and later failed as "0 samples"),
    while its saved form, with "path": "", was refused: now both open, and both say."""
    for dataset in ({"name": "npz"}, {"name": "npz", "path": ""}, "npz"):
        raw = base()
        raw["data"]["dataset"] = dataset
        experiment = spec.from_dict(raw)
        assert [str(p) for p in plan.validate(experiment)] == [
            "data.dataset.path: no file chosen yet"
        ]
        spec.save(experiment, tmp_path / "e.json")
        assert plan.load(tmp_path / "e.json") == experiment


def test_text_that_utf8_cannot_hold_is_saved_escaped(tmp_path, digits):
    """A "\\ud800" escape in a file gives half a surrogate pair: what opened must save."""
    odd = replace(digits, name="a\ud800b")
    path = tmp_path / "odd.json"
    spec.save(odd, path)
    assert "\\ud800" in path.read_text(encoding="utf-8")
    assert spec.load(path) == odd
