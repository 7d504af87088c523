"""The user's own files: CSV/TSV, .npz and image folders, and every bad-file case."""

import os

import numpy as np
import pytest

from core.engine import csv_tables, data, image_stream, sources
from core.model import catalog, plan, spec
from core.model.spec import Pick
from tests.helpers import user_data, write_images, write_table


def csv_params(path, **changes):
    params = dict(spec.default_pick(catalog.DATASETS["csv"]).params)
    return {**params, "path": str(path), **changes}


def read_csv(path, **changes):
    return sources.read("csv", csv_params(path, **changes))


def bad(name, params, *words):
    with pytest.raises(sources.DataError) as info:
        sources.read(name, params)
    message = str(info.value)
    for word in words:
        assert word in message, message
    return message


# ---- CSV ------------------------------------------------------------------------------
def test_csv_detects_numbers_text_and_missing_values(tmp_path):
    found = read_csv(write_table(tmp_path / "t.csv"))
    kinds = {c.name: c.numeric for c in found.columns}
    assert kinds == {"a": True, "b": True, "colour": False, "label": False}
    by_name = {c.name: c for c in found.columns}
    assert by_name["a"].missing_lines == (5, 9)  # data rows 3 and 7, under the header line
    assert by_name["colour"].distinct == 3
    # a, b and colour one-hot in three columns; rows with a gap dropped by default
    assert found.input_shape == (5,)
    assert found.feature_names == ("a", "b", "colour=blue", "colour=green", "colour=red")
    assert found.samples == 118
    assert found.task == "classification" and found.class_names == ("no", "yes")
    assert any("lines 5, 9" in note for note in found.notes)
    assert len(found.preview) == csv_tables.PREVIEW_ROWS
    assert found.preview[3][0] == "" and found.preview[3][2] in ("red", "green", "blue")
    one_hot = found.x[:, 2:]
    assert set(one_hot.sum(axis=1)) == {1.0}


def test_missing_values_filled_with_the_training_mean(tmp_path):
    experiment = user_data(
        spec.Experiment(), "csv", path=str(write_table(tmp_path / "t.csv")), missing=Pick("mean")
    )
    found = data.read_user_file(experiment)
    assert found.samples == 120 and np.isnan(found.x[:, 0]).sum() == 2
    split = data.load(data.plan_for(experiment))
    # Column b is unique per row: it finds each split row's original a.
    original = {float(b): a for a, b in found.x[:, :2]}
    train_a = [original[float(b)] for b in split.x_train[:, 1]]
    expected = np.nanmean(train_a)  # the training split's mean only: no leakage
    assert np.nanmean(found.x[:, 0]) != pytest.approx(expected, abs=1e-4)
    everything = np.concatenate([split.x_train, split.x_val, split.x_test])
    gaps = [row for row in everything if np.isnan(original[float(row[1])])]
    assert len(gaps) == 2 and not np.isnan(everything).any()
    assert [row[0] for row in gaps] == pytest.approx([expected] * 2, abs=1e-5)


def test_tsv_and_semicolons_are_detected(tmp_path):
    tsv = read_csv(write_table(tmp_path / "t.tsv", sep="\t"))
    semi = read_csv(write_table(tmp_path / "s.csv", sep=";"))
    assert tsv.input_shape == semi.input_shape == (5,)


def test_target_features_and_task_can_be_chosen(tmp_path):
    path = write_table(tmp_path / "t.csv")
    found = read_csv(path, target="b", features=("a", "colour"))
    assert found.task == "regression" and found.y.dtype == np.float32
    assert found.feature_names[0] == "a" and found.input_shape == (4,)
    forced = read_csv(path, target="b", task=Pick("classification"))
    assert forced.task == "classification" and len(forced.class_names) > 20


def test_whole_numbers_with_few_values_are_classes(tmp_path):
    path = tmp_path / "n.csv"
    path.write_text("x,y\n" + "".join(f"{i / 10},{i % 3}\n" for i in range(30)))
    found = read_csv(path)
    assert found.task == "classification" and found.class_names == ("0", "1", "2")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", ["t.csv", "empty"]),
        ("a,b,label\n", ["t.csv", "no rows"]),
        ("a;b;label\n1;2;x\n3;4;y\n", ["t.csv", "one column", "semicolon"]),
        ("a,b\n1,x\n2,x\n3,x\n", ["t.csv", "'b'", "one class only"]),
        ("a,b\n1,2\n1,2,3\n", ["t.csv", "delimiter"]),
        ("a,b\n,x\n,y\n", ["t.csv", "no row is left"]),
    ],
)
def test_bad_tables_are_named(tmp_path, text, words):
    path = tmp_path / "t.csv"
    path.write_text(text)
    bad("csv", csv_params(path, delimiter=Pick("comma")), *words)


def test_bad_column_choices_are_named(tmp_path):
    path = write_table(tmp_path / "t.csv")
    bad("csv", csv_params(path, target="price"), "t.csv", "'price'", "columns: a, b, colour")
    bad("csv", csv_params(path, features=("a", "size")), "'size'")
    bad("csv", csv_params(path, features=("a", "label")), "also a feature")
    bad("csv", csv_params(path, task=Pick("regression")), "not numeric", "Classification")


def test_a_binary_file_is_not_a_table(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"a,b\n\xff\xfe\x00,1\n")
    bad("csv", csv_params(path), "t.csv", "not a text file")


def test_korean_excel_csv_is_read_and_its_encoding_shown(tmp_path):
    path = tmp_path / "k.csv"
    lines = ["키,몸무게,성별"] + [
        f"{150 + i},{40 + i % 7},{'남' if i % 2 else '여'}" for i in range(40)
    ]
    path.write_bytes("\r\n".join(lines).encode("cp949"))
    found = sources.read("csv", csv_params(path))
    assert [c.name for c in found.columns] == ["키", "몸무게", "성별"]
    assert found.class_names == ("남", "여")
    assert "text encoding: Korean (CP949 / EUC-KR)" in found.notes
    bom = tmp_path / "bom.csv"
    bom.write_bytes("\n".join(lines).encode("utf-8-sig"))
    assert sources.read("csv", csv_params(bom)).columns[0].name == "키"
    wrong = sources.read("csv", csv_params(path, encoding=Pick("latin-1")))
    assert wrong.columns[0].name != "키"  # the choice overrides the detection


def test_a_giant_header_or_cell_is_refused_with_a_reason(tmp_path):
    header = tmp_path / "wide.csv"
    header.write_text(",".join(str(i) for i in range(300_000)) + "\n1,2\n", encoding="utf-8")
    bad("csv", csv_params(header), "wide.csv", "longer than 1,000,000 characters")
    cell = tmp_path / "cell.csv"
    rows = ["a,label"] + [f"{i},{'x' if i % 2 else 'y'}" for i in range(60)]
    rows[20] = "9" * 20_000 + "z,x"
    cell.write_text("\n".join(rows) + "\n", encoding="utf-8")
    bad("csv", csv_params(cell), "column 'a'", "more than 10,000 characters", "line 21")
    typo = tmp_path / "typo.csv"
    rows[20] = "1O,x"  # a letter O among numbers
    typo.write_text("\n".join(rows) + "\n", encoding="utf-8")
    bad("csv", csv_params(typo), "column 'a' holds numbers except on lines 21")


# ---- .npz -----------------------------------------------------------------------------
def npz_params(path, **changes):
    return {"path": str(path), "x": "x", "y": "y", "task": Pick("auto"), **changes}


def test_npz_named_arrays(tmp_path):
    rng = np.random.default_rng(0)
    np.savez(tmp_path / "a.npz", inputs=rng.normal(size=(50, 6)), labels=np.arange(50) % 2)
    found = sources.read("npz", npz_params(tmp_path / "a.npz", x="inputs", y="labels"))
    assert found.input_shape == (6,) and found.task == "classification"
    assert [a[0] for a in found.arrays] == ["inputs", "labels"]
    one_hot = np.eye(3)[np.arange(30) % 3]
    np.savez(tmp_path / "b.npz", x=rng.normal(size=(30, 4, 4)), y=one_hot)
    images = sources.read("npz", npz_params(tmp_path / "b.npz"))
    assert images.input_shape == (4, 4, 1) and list(images.y[:4]) == [0, 1, 2, 0]


def test_bad_npz_files_are_named(tmp_path):
    np.savez(tmp_path / "a.npz", inputs=np.zeros((5, 2)), y=np.arange(5) % 2)
    bad("npz", npz_params(tmp_path / "a.npz"), "a.npz", "'x'", "inputs (5, 2)")
    np.savez(tmp_path / "b.npz", x=np.zeros((5, 2)), y=np.arange(4) % 2)
    bad("npz", npz_params(tmp_path / "b.npz"), "5 inputs but 4 targets")
    np.savez(tmp_path / "c.npz", x=np.array([{"run": "me"}] * 4, dtype=object), y=np.arange(4))
    bad("npz", npz_params(tmp_path / "c.npz"), "Python objects")
    (tmp_path / "d.npz").write_text("not a zip")
    bad("npz", npz_params(tmp_path / "d.npz"), "d.npz", "not a readable .npz")


# ---- image folders -------------------------------------------------------------------
def image_params(path, **changes):
    return {"path": str(path), "height": 0, "width": 0, "colour": Pick("grayscale"), **changes}


def test_image_folder_reads_classes_and_sizes(tmp_path):
    folder = write_images(tmp_path / "img")
    found = sources.read("image_folder", image_params(folder))
    assert found.input_shape == (8, 10, 1) and found.class_names == ("dark", "light")
    assert found.samples == 16 and found.x is None  # an index: no pixel read yet
    assert found.images.bytes_on_disk > 0 and found.images.memory_bytes == 16 * 8 * 10 * 4
    assert found.notes[1].endswith("5.1 KB as float32 in memory")
    x, y, skipped = image_stream.read_split(found.images, np.arange(16), skip=False)
    assert x.dtype == np.float32 and x.max() <= 255 and not skipped
    dark, light = x[y == 0].mean(), x[y == 1].mean()
    assert dark < 80 < 160 < light
    rgb = sources.read("image_folder", image_params(folder, height=4, width=5, colour=Pick("rgb")))
    assert rgb.input_shape == (4, 5, 3)


def test_bad_image_folders_are_named(tmp_path):
    mixed = write_images(tmp_path / "mixed", sizes={"light/3": (12, 12)})
    bad("image_folder", image_params(mixed), "different sizes", "light/3.png", "12x12")
    resized = sources.read("image_folder", image_params(mixed, height=8, width=8))
    assert resized.input_shape == (8, 8, 1)
    empty = tmp_path / "empty"
    (empty / "cats").mkdir(parents=True)
    bad("image_folder", image_params(empty), "empty", "no images found")
    one = write_images(tmp_path / "one")
    for file in (one / "light").iterdir():
        file.unlink()
    (one / "light").rmdir()
    bad("image_folder", image_params(one), "one class only", "'dark'")
    broken = write_images(tmp_path / "broken")
    (broken / "dark" / "0.png").write_bytes(b"not a png")
    bad("image_folder", image_params(broken), "0.png", "not a readable image")


# ---- the cache and the spec -----------------------------------------------------------
def test_a_file_is_read_again_when_its_version_changes(tmp_path):
    path = write_table(tmp_path / "t.csv")
    params = csv_params(path)
    first = sources.read("csv", params)
    assert sources.read("csv", params) is first  # the same version: from the cache
    write_table(path, rows=60)
    os.utime(path, ns=(1, 1))  # a new version even within the clock's resolution
    assert sources.read("csv", params).samples == 58
    path.unlink()
    bad("csv", params, "t.csv", "does not exist")


def test_an_unread_file_opens_and_says_what_it_needs(tmp_path, digits):
    experiment = user_data(digits, "csv", path=str(write_table(tmp_path / "t.csv")))
    spec.save(experiment, tmp_path / "e.json")
    opened = spec.load(tmp_path / "e.json")
    assert opened == experiment
    assert [p.path for p in plan.validate(opened)] == ["data.dataset"]
    known = data.plan_for(opened)
    assert known.problems() == []
    assert known.input_shape() == (5,) and known.dataset().num_classes == 2
    assert plan.validate(opened) != []  # the facts are passed in, never remembered


def test_data_paths_are_stored_relative_to_the_experiment(tmp_path, digits):
    project = tmp_path / "project"
    (project / "data").mkdir(parents=True)
    table = write_table(project / "data" / "t.csv")
    experiment = user_data(digits, "csv", path=str(table))
    spec.save(experiment, project / "e.json")
    assert '"path": "data/t.csv"' in (project / "e.json").read_text()
    moved = tmp_path / "elsewhere"
    project.rename(moved)
    reopened = spec.load(moved / "e.json")
    assert reopened.data.dataset.params["path"] == str(moved / "data" / "t.csv")
    assert data.read_user_file(reopened).samples == 118


def test_a_network_that_does_not_fit_the_file_is_a_problem(tmp_path, digits):
    folder = write_images(tmp_path / "img")
    experiment = user_data(digits, "image_folder", path=str(folder))
    problems = data.plan_for(experiment).problems()
    assert problems and problems[0].path == "layers[0]" and "flat input" in problems[0].message


def test_too_few_rows_to_split_is_a_problem(tmp_path, digits):
    path = tmp_path / "t.csv"
    path.write_text("a,label\n1,x\n2,y\n")
    experiment = user_data(digits, "csv", path=str(path))
    problems = data.plan_for(experiment).problems()
    assert [(p.path, p.message) for p in problems] == [
        ("data", "2 samples are too few to split into training, validation and test sets")
    ]
    path.write_text("a,label\n1,x\n2,y\n3,x\n")
    with pytest.raises(data.DataError) as info:
        data.load(data.plan_for(experiment))
    assert "t.csv: cannot split the data" in str(info.value) and "1 member" in str(info.value)
