import csv
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


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
