import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.model import catalog
from core.model.machine import available_memory

ROOT = Path(__file__).resolve().parents[1]


def cli(*args: str, language: str = "C.UTF-8") -> subprocess.CompletedProcess:
    """The CLI as a user runs it, in English unless ``language`` (a LANG) says otherwise."""
    locale = {"LANG": language, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **locale},
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


def test_run_replays_the_rates_of_a_steered_run(tmp_path):
    steered = tmp_path / "steering.json"
    event = {"step": 40, "epoch": 1.2, "kind": "rate", "value": 0.02}
    steered.write_text(json.dumps({"format": "layerlab-steering", "version": 1, "events": [event]}))
    out = tmp_path / "run"
    done = cli("run", "--out", str(out), "--epochs", "2", "--steering", str(steered))
    assert done.returncode == 0, done.stderr
    assert "Replaying the learning rates set by hand: 0.02 at step 40" in done.stdout
    with (out / "metrics.csv").open() as f:
        rates = [float(r["learning_rate"]) for r in csv.DictReader(f)]
    assert rates == [0.001, 0.02]  # the first epoch's last step came before step 40
    kept = json.loads((out / "steering.json").read_text())["events"]
    assert [(e["step"], e["value"]) for e in kept] == [(40, 0.02)]
    steered.write_text("{}")
    refused = cli("run", "--out", str(tmp_path / "b"), "--steering", str(steered))
    assert refused.returncode == 2 and "--steering" in refused.stderr
    assert "not a LayerLab steering file" in refused.stderr and not (tmp_path / "b").exists()


def test_report_writes_one_html_file_of_the_runs(tmp_path):
    run = tmp_path / "run"
    assert cli("run", "--out", str(run), "--epochs", "2").returncode == 0
    out = tmp_path / "report.html"
    done = cli("report", str(run), str(run), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert f"wrote {out}" in done.stdout and "2 run(s)" in done.stdout
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Comparison of 2 runs" in page
    refused = cli("report", str(tmp_path), "--out", str(tmp_path / "no.html"))
    assert refused.returncode == 2 and "not a LayerLab run folder" in refused.stderr
    assert not (tmp_path / "no.html").exists() and "Traceback" not in refused.stderr


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
    assert "check  validate experiment files" in helped.stdout
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


def test_check_reports_each_file_ok_or_every_problem(tmp_path):
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + (ROOT / "resources/experiments/digits_mlp.json").read_bytes())
    good = cli("check", str(bom))
    assert good.returncode == 0, good.stdout + good.stderr
    assert good.stdout == f"{bom}: ok\n"
    bad = write_experiment(tmp_path / "bad.json", "digits", [{"kind": "dense", "units": -3}], 0)
    bad.write_text(bad.read_text().replace('"digits"', '["digits"]'))
    done = cli("check", str(bom), str(bad), str(tmp_path / "missing.json"))
    assert done.returncode == 2
    assert done.stdout.splitlines() == [
        f"{bom}: ok",
        f"{bad}: layers[0].units: must be a positive integer, got -3",
        f"{bad}: data.dataset: unknown choice ['digits'] (expected one of: "
        + ", ".join(catalog.DATASETS)
        + ")",
        f"{bad}: training.epochs: must be an integer in [1, 100000], got 0",
        f"{tmp_path / 'missing.json'}: cannot read the file: No such file or directory",
    ]
    assert "Traceback" not in done.stderr


def test_check_reads_the_data_file(tmp_path):
    (tmp_path / "table.csv").write_text("a;b;label\n1;2;x\n")
    dataset = {"name": "csv", "path": "table.csv", "delimiter": "comma"}
    file = write_experiment(tmp_path / "bad.json", dataset, [{"kind": "dense", "units": 4}])
    done = cli("check", str(file))
    assert done.returncode == 2
    assert done.stdout.startswith(f"{file}: cannot load the data: ")
    assert "table.csv" in done.stdout and "one column" in done.stdout


@pytest.mark.parametrize("under", ["/dev/null", "a_file"])
def test_an_out_folder_that_cannot_be_made_is_refused_at_once(tmp_path, under):
    (tmp_path / "a_file").write_text("x")
    out = Path(under if under.startswith("/") else tmp_path / under) / "run"
    done = cli("run", "--out", str(out))
    assert done.returncode == 2
    assert done.stderr == f"error: cannot create --out {out}: Not a directory\n"


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_an_out_folder_that_takes_no_files_is_refused_at_once():
    """/proc takes no new files, not even from root (chmod would not stop root)."""
    done = cli("run", "--out", "/proc")
    assert done.returncode == 2
    assert done.stderr.startswith("error: cannot write into --out /proc: ")
    assert "Traceback" not in done.stderr


def test_run_prints_what_was_done_to_the_data_file(tmp_path):
    """The Data tab's notes (here: rows dropped for missing values), also on the CLI; the
    conv layer does not fit a table, so the run stops before training."""
    from tests.helpers import write_table

    write_table(tmp_path / "table.csv", rows=60)
    dataset = {"name": "csv", "path": "table.csv", "target": "label", "missing": "drop"}
    file = write_experiment(tmp_path / "notes.json", dataset, [{"kind": "conv2d"}])
    done = cli("run", str(file), "--out", str(tmp_path / "run"))
    assert done.returncode == 2
    assert "note: 2 rows with missing values dropped (lines 5, 9)\n" in done.stdout
    assert "layers[0]: Conv2D needs an image input" in done.stderr


def cli_training_as(train: str, *args: str) -> subprocess.CompletedProcess:
    """main.py with the engine's training replaced (``train`` is a lambda's source): how a
    run ends, without TensorFlow."""
    code = f"""
import sys, types
from core.model.events import Failed
fake = types.ModuleType("core.engine.training")
fake.train = {train}
sys.modules["core.engine.training"] = fake
import main
sys.exit(main.main(sys.argv[1:]))
"""
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def said(stderr: str) -> str:
    """What LayerLab wrote to stderr, without TensorFlow's own start-up lines (its C++
    logging prints them whatever TF_CPP_MIN_LOG_LEVEL says)."""
    tf_lines = re.compile(r"^(WARNING: All log messages before absl|[IWE]\d{4} )")
    return "".join(line for line in stderr.splitlines(True) if not tf_lines.match(line))


@pytest.mark.parametrize("verbose", [False, True])
def test_verbose_adds_the_details_of_a_failure(tmp_path, verbose):
    failing = 'lambda *a, **k: Failed("Training failed: boom", "Traceback: ...\\nboom")'
    done = cli_training_as(failing, "run", "--out", str(tmp_path), *["--verbose"] * verbose)
    assert done.returncode == 1
    details = "Traceback: ...\nboom\n" if verbose else ""
    assert said(done.stderr) == "error: Training failed: boom\n" + details


def test_ctrl_c_exits_130_saying_where_the_run_is(tmp_path):
    interrupted = "lambda *a, **k: (_ for _ in ()).throw(KeyboardInterrupt)"
    done = cli_training_as(interrupted, "run", "--out", str(tmp_path))
    assert done.returncode == 130
    assert said(done.stderr) == f"interrupted; the run so far is in {tmp_path}\n"


@pytest.mark.skipif(available_memory() is None, reason="free memory not known here")
def test_a_network_too_big_for_the_machine_is_bad_input_before_training(tmp_path):
    huge = [{"kind": "dense", "units": 2**40}]
    file = write_experiment(tmp_path / "huge.json", "digits", huge)
    checked = cli("check", str(file))
    assert checked.returncode == 2
    assert f"{file}: layers[0]: training needs about " in checked.stdout
    done = cli("run", str(file), "--out", str(tmp_path / "run"))
    assert done.returncode == 2 and "Training" not in done.stdout
    assert "layers[0]: training needs about " in done.stderr


@pytest.mark.slow
def test_export_writes_a_checked_file_and_says_how_close_it_is(tmp_path):
    run = tmp_path / "run"
    assert cli("run", "--out", str(run), "--epochs", "1").returncode == 0
    target = tmp_path / "model.onnx"
    done = cli("export", str(run), "--format", "onnx", "--out", str(target))
    assert done.returncode == 0, done.stderr
    assert f"Exported ONNX to {target} — checked in onnxruntime: largest difference" in done.stdout
    assert target.is_file()
    bad = cli("export", str(tmp_path), "--format", "onnx", "--out", str(target))
    assert bad.returncode == 2 and "is not a run folder" in bad.stderr
    (tmp_path / "plain").write_text("")
    blocked = cli(
        "export", str(run), "--format", "keras", "--out", str(tmp_path / "plain" / "m.keras")
    )
    assert blocked.returncode == 1 and "cannot write" in blocked.stderr
    assert "Traceback" not in blocked.stderr


@pytest.mark.slow
def test_kill_9_mid_run_keeps_every_finished_epoch(tmp_path):
    import os
    import signal
    import time

    out = tmp_path / "run"
    app = subprocess.Popen(
        [sys.executable, "main.py", "run", "--out", str(out), "--epochs", "1000"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            metrics = out / "metrics.csv"
            if metrics.exists() and len(metrics.read_text().splitlines()) >= 3:
                break
            time.sleep(0.1)
        os.kill(app.pid, signal.SIGKILL)
        app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
    rows = (out / "metrics.csv").read_text().splitlines()
    assert len(rows) >= 3 and rows[0].startswith("epoch,")  # the header and two epochs
    assert all(len(r.split(",")) == len(rows[0].split(",")) for r in rows)  # no torn row
    status = json.loads((out / "status.json").read_text())
    assert status["state"] == "running" and status["ended"] is None  # read as interrupted
    assert (out / "experiment.json").is_file()


def _losses(folder: Path) -> np.ndarray:
    with (folder / "metrics.csv").open() as f:
        return np.array([[float(r["loss"]), float(r["val_loss"])] for r in csv.DictReader(f)])


@pytest.mark.slow
def test_mirrored_over_two_logical_cpus_matches_one_device(tmp_path):
    """MirroredStrategy over the CPU split in two: each batch is split between the
    replicas and their gradients summed, so the curve is one device's but for the order
    of the sums (measured: at most 0.3% apart over 6 epochs). Not with dropout: each
    replica draws its own masks, which takes the curves further apart (9% by epoch 4)."""
    from core.model import templates

    layers = [layer for layer in templates.default_experiment().layers if layer.kind != "dropout"]
    experiment = tmp_path / "no-dropout.json"
    experiment.write_text(templates.default_experiment().with_layers(tuple(layers)).to_json())
    one, two = tmp_path / "one", tmp_path / "two"
    done = cli("run", str(experiment), "--out", str(one), "--epochs", "6")
    assert done.returncode == 0, done.stderr
    assert "on 1 device (CPU)" in done.stdout
    done = cli("run", str(experiment), "--out", str(two), "--epochs", "6", "--devices", "2")
    assert done.returncode == 0, done.stderr
    assert "on 2 devices (MirroredStrategy: /cpu:0, /cpu:1)" in done.stdout
    status = json.loads((two / "status.json").read_text())
    assert status["devices"] == "2 devices (MirroredStrategy: /cpu:0, /cpu:1)"
    single, mirrored = _losses(one), _losses(two)
    assert single.shape == mirrored.shape == (6, 2)
    np.testing.assert_allclose(mirrored, single, rtol=0.01)
    assert not np.array_equal(mirrored, single)  # two devices did train: the sums differ


@pytest.mark.slow
def test_a_cluster_in_tf_config_trains_with_multi_worker_mirrored(tmp_path):
    """A cluster of one worker (all this machine can test): the same experiment file,
    unchanged, under MultiWorkerMirroredStrategy."""
    import os
    import socket

    with socket.socket() as s:
        s.bind(("localhost", 0))
        port = s.getsockname()[1]
    config = {"cluster": {"worker": [f"localhost:{port}"]}, "task": {"type": "worker", "index": 0}}
    done = subprocess.run(
        [sys.executable, "main.py", "run", "--out", str(tmp_path / "run"), "--epochs", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "TF_CONFIG": json.dumps(config)},
    )
    assert done.returncode == 0, done.stderr
    assert "(MultiWorkerMirroredStrategy, worker 0 of 1)" in done.stdout
    assert len(_losses(tmp_path / "run")) == 2


def test_more_devices_than_gpus_or_a_broken_tf_config_is_bad_input(tmp_path):
    import os

    done = subprocess.run(
        [sys.executable, "main.py", "run", "--out", str(tmp_path / "run"), "--epochs", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "TF_CONFIG": "{not json"},
    )
    assert done.returncode == 2
    assert "error: --devices: TF_CONFIG is not a JSON object with a 'cluster'" in done.stderr
    assert "Traceback" not in done.stderr
    assert cli("run", "--out", str(tmp_path / "r"), "--devices", "0").returncode == 2


def _summary(folder: Path) -> list[dict[str, str]]:
    with (folder / "summary.csv").open() as f:
        return list(csv.DictReader(f))


@pytest.mark.slow
def test_a_three_value_grid_sweep_gives_three_runs_and_a_summary(tmp_path):
    out = tmp_path / "sweep"
    place = "layers[0].kernel_initializer"
    done = cli(
        "sweep",
        "--set",
        f"{place}=small_gaussian,glorot_uniform,he_normal",
        "--epochs",
        "1",
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    assert "Sweep of 3 trials (grid), 1 at a time:" in done.stdout
    rows = _summary(out)
    assert [r[place] for r in rows] == ["small_gaussian", "glorot_uniform", "he_normal"]
    assert all(r["state"] == "complete" and float(r["val_loss"]) > 0 for r in rows)
    for row in rows:
        run = Path(row["runs"])
        assert json.loads((run / "status.json").read_text())["state"] == "finished"
        used = json.loads((run / "experiment.json").read_text())["layers"][0]["kernel_initializer"]
        assert used == row[place]


def test_a_bad_sweep_is_refused_before_training(tmp_path):
    out = tmp_path / "sweep"
    done = cli(
        "sweep", "--set", "layers[9].units=3", "--set", "training.batch_size=0,8", "--out", str(out)
    )
    assert done.returncode == 2
    assert "error: 'layers[9].units': there is no item 9 (the list has 3)" in done.stderr
    assert "training.batch_size: must be an integer in [1, 65536], got 0" in done.stderr
    assert "Traceback" not in done.stderr
    assert not list(out.glob("trial-*"))
    ranged = cli("sweep", "--set", "training.batch_size=8:64", "--out", str(out))
    assert ranged.returncode == 2
    assert "a grid needs listed values" in ranged.stderr
    typo = cli(
        "sweep", "--set", "training.batch_size=8,64", "--metric", "val_los", "--out", str(out)
    )
    assert typo.returncode == 2 and "--metric val_los: one of val_loss, " in typo.stderr


@pytest.mark.slow
def test_another_sweep_into_the_same_folder_is_refused(tmp_path):
    out = tmp_path / "sweep"
    first = cli("sweep", "--set", "training.batch_size=16,32", "--epochs", "1", "--out", str(out))
    assert first.returncode == 0, first.stderr
    other = cli("sweep", "--set", "training.batch_size=8,64", "--epochs", "1", "--out", str(out))
    assert other.returncode == 2
    assert "holds another sweep" in other.stderr and "choose another --out" in other.stderr
    assert len(_summary(out)) == 2


@pytest.mark.slow
def test_two_workers_on_one_journal_finish_a_study_with_no_trial_twice(tmp_path):
    """A sweep and a sweep-worker (as on two machines) share a journal file."""
    import os
    import time

    journal = tmp_path / "shared" / "study.log"
    storage = f"journal:{journal}"
    rate = "training.optimizer.learning_rate=0.0003:0.03:log"
    args = ["--set", rate, "--strategy", "random", "--trials", "6", "--epochs", "1"]
    args += ["--storage", storage, "--study", "shared"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    first = subprocess.Popen(
        [sys.executable, "main.py", "sweep", *args, "--out", str(tmp_path / "a")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 120
    while not (tmp_path / "a" / "trial-000").exists() and time.monotonic() < deadline:
        time.sleep(0.2)  # the study and its definition exist once a trial has begun
    second = cli(
        "sweep-worker", "--storage", storage, "--study", "shared", "--out", str(tmp_path / "b")
    )
    _, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert second.returncode == 0, second.stderr
    assert "the study is complete" in second.stdout
    trials = sorted(p.name for folder in ("a", "b") for p in (tmp_path / folder).glob("trial-*"))
    assert trials == [f"trial-{n:03d}" for n in range(6)]  # each trained once, by one worker
    assert len(_summary(tmp_path / "a")) == 6


@pytest.mark.slow
def test_cancelling_a_sweep_keeps_its_finished_trials(tmp_path):
    import signal
    import time

    out = tmp_path / "sweep"
    sweep = subprocess.Popen(
        [
            sys.executable,
            "main.py",
            "sweep",
            "--set",
            "training.batch_size=16,32,64,128",
            "--epochs",
            "30",
            "--out",
            str(out),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A suite started in the background (``make test &``) ignores SIGINT, and a child
        # inherits that: Python then installs no Ctrl+C handler at all.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 180
    while not (out / "trial-001" / "metrics.csv").exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    sweep.send_signal(signal.SIGINT)
    _, err = sweep.communicate(timeout=120)
    assert sweep.returncode == 130 and "Traceback" not in err
    rows = _summary(out)
    assert rows[0]["state"] == "complete" and rows[0]["training.batch_size"] == "16"
    first = json.loads((out / "trial-000" / "status.json").read_text())
    assert first["state"] == "finished"
    second = json.loads((out / "trial-001" / "status.json").read_text())
    assert second["state"] == "interrupted"
    assert not (out / "trial-002").exists()


def test_the_cli_speaks_the_language_lang_asks_for(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    korean = cli("run", str(bad), "--out", str(tmp_path / "run"), language="ko_KR.UTF-8")
    english = cli("run", str(bad), "--out", str(tmp_path / "run"))
    assert korean.returncode == english.returncode == 2
    assert "올바른 실험이 아닙니다" in korean.stderr and str(bad) in korean.stderr
    assert "is not a valid experiment" in english.stderr
    assert not re.search("[가-힣]", english.stderr)
    argparse_said = cli("run", language="ko_KR.UTF-8").stderr  # argparse's own words too
    assert "다음 인자가 필요합니다: --out" in argparse_said
    assert "사용법:" in cli("--help", language="ko_KR.UTF-8").stdout
