import csv
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_run_writes_the_four_files(tmp_path):
    out = tmp_path / "run"
    done = cli("run", "--out", str(out), "--epochs", "2")
    assert done.returncode == 0, done.stderr
    assert "epoch 1/2" in done.stdout
    assert "epoch 2/2" in done.stdout
    assert "(looking inside: " in done.stdout
    assert "Traceback" not in done.stderr
    resolved = json.loads((out / "experiment.json").read_text())
    assert resolved["training"]["epochs"] == 2
    with (out / "metrics.csv").open() as f:
        rows = list(csv.DictReader(f))
    assert [r["epoch"] for r in rows] == ["1", "2"]
    assert {"loss", "val_loss", "accuracy", "val_accuracy"} <= set(rows[0])
    with np.load(out / "histograms.npz") as npz:
        assert "layer0_counts" in npz
    assert (out / "model.keras").stat().st_size > 0


def test_invalid_file_exits_2_with_every_message(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "layerlab-experiment",
                "version": 1,
                "layers": [{"kind": "dense", "units": -3}],
                "training": {"epochs": 0},
            }
        )
    )
    done = cli("run", str(bad), "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    assert f"{bad} is not a valid experiment" in done.stderr
    assert "layers[0].units: must be a positive integer, got -3" in done.stderr
    assert "training.epochs: must be an integer" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


def test_unreadable_file_exits_2(tmp_path):
    done = cli("run", str(tmp_path / "nope.json"), "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    assert "cannot read the file" in done.stderr
    assert "Traceback" not in done.stderr


def test_bad_epochs_and_help():
    done = cli("run", "--out", "x", "--epochs", "-4")
    assert done.returncode == 2
    assert "must be a positive integer" in done.stderr
    helped = cli("--help")
    assert helped.returncode == 0
    assert "run" in helped.stdout
    assert "experiment file" in helped.stdout


@pytest.mark.slow
def test_run_prints_the_diagnoses(tmp_path):
    done = cli(
        "run",
        str(ROOT / "resources" / "experiments" / "init_sigmoid_5x100.json"),
        "--out",
        str(tmp_path / "run"),
        "--epochs",
        "1",
    )
    assert done.returncode == 0, done.stderr
    assert "diagnosis: Layer 1 Dense:" in done.stdout
    assert "of sigmoid outputs saturated - try Xavier initialization or BatchNorm" in done.stdout


def write_experiment(path: Path, dataset: dict, layers: list[dict], epochs: int = 2) -> Path:
    experiment = {
        "format": "layerlab-experiment",
        "version": 1,
        "name": path.stem,
        "data": {"dataset": dataset},
        "layers": layers,
        "training": {"epochs": epochs},
    }
    path.write_text(json.dumps(experiment))
    return path


@pytest.mark.slow
def test_an_mlp_trains_on_a_csv_file_through_the_cli(tmp_path):
    from tests.helpers import write_table

    write_table(tmp_path / "table.csv", rows=400)
    dataset = {"name": "csv", "path": "table.csv", "target": "label", "missing": "mean"}
    file = write_experiment(tmp_path / "csv.json", dataset, [{"kind": "dense", "units": 16}], 30)
    done = cli("run", str(file), "--out", str(tmp_path / "run"))
    assert done.returncode == 0, done.stderr
    accuracy = float(done.stdout.split("test_accuracy ")[1].split()[0])
    assert accuracy > 0.8  # a straight line separates the labels
    resolved = json.loads((tmp_path / "run" / "experiment.json").read_text())
    assert resolved["data"]["dataset"]["path"] == str(tmp_path / "table.csv")


@pytest.mark.slow
def test_a_conv_template_trains_on_the_digits_images_through_the_cli(tmp_path):
    lenet = str(ROOT / "resources/experiments/lenet5.json")
    done = cli("run", lenet, "--out", str(tmp_path), "--epochs", "5")
    assert done.returncode == 0, done.stderr
    assert float(done.stdout.split("test_accuracy ")[1].split()[0]) > 0.8


def test_a_bad_data_file_exits_2_naming_it(tmp_path):
    (tmp_path / "table.csv").write_text("a;b;label\n1;2;x\n")
    dataset = {"name": "csv", "path": "table.csv", "delimiter": "comma"}
    file = write_experiment(tmp_path / "bad.json", dataset, [{"kind": "dense", "units": 4}])
    done = cli("run", str(file), "--out", str(tmp_path / "run"))
    assert done.returncode == 2
    assert "table.csv" in done.stderr and "one column" in done.stderr
    assert "Traceback" not in done.stderr
    (tmp_path / "table.csv").unlink()
    done = cli("run", str(file), "--out", str(tmp_path / "run"))
    assert done.returncode == 2 and "does not exist" in done.stderr
