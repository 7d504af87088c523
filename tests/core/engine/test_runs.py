import numpy as np
import pytest

from core.engine.runs import FAILED, FINISHED, STOPPED, RunRecord
from core.model import insight, spec
from core.model.events import ConfusionMatrix, EpochEnd, Snapshot
from core.model.files import WriteError
from core.model.run_files import read_metrics, read_status
from core.model.store import new_run_dir


class FakeModel:
    """Stands in for Keras only where this test is about the other files."""

    def save(self, path):
        path.write_bytes(b"model")


def snapshot(step: int) -> Snapshot:
    ranges = insight.Ranges()
    dense = insight.layer_snapshot(
        "1 Dense",
        "relu",
        np.full((4, 3), float(step)),
        ranges,
        pre=np.zeros((4, 3)),
        kernel=np.ones((2, 3)),
        grad_norm=0.5,
    )
    output = insight.layer_snapshot("Output", "softmax", np.full((4, 2), 0.5), ranges, (0, 1))
    return Snapshot(step, step / 10, (dense, output))


def test_record_writes_as_the_run_goes(tmp_path, digits):
    record = RunRecord(tmp_path, digits)
    assert spec.load(tmp_path / "experiment.json") == digits  # before any training
    assert read_status(tmp_path / "status.json")["state"] == "running"
    record(EpochEnd(0, {"loss": 1.5, "val_loss": 1.7}))
    assert read_metrics(tmp_path / "metrics.csv") == [{"epoch": 1.0, "loss": 1.5, "val_loss": 1.7}]
    record(EpochEnd(1, {"loss": 0.5, "val_loss": 0.9}))
    for step in (0, 10, 20):
        record(snapshot(step))
        record(ConfusionMatrix(step, step / 10, np.eye(2, dtype=np.int64) * step, ("a", "b")))
    # Kept as it goes, at most every few seconds: none yet, a moment after the start.
    assert not (tmp_path / "histograms.npz").exists()
    record.end(FINISHED, FakeModel())
    status = read_status(tmp_path / "status.json")
    assert status["state"] == "finished" and status["epochs_done"] == 2 and status["ended"]
    assert status["versions"]["keras"] and status["versions"]["layerlab"]
    assert sorted(p.name for p in tmp_path.iterdir() if "tfevents" not in p.name) == [
        "experiment.json",
        "histograms.npz",
        "metrics.csv",
        "model.keras",
        "status.json",
    ]  # no temporary file left behind
    assert (tmp_path / "metrics.csv").read_text().splitlines()[0] == "epoch,loss,val_loss"
    assert read_metrics(tmp_path / "metrics.csv") == [
        {"epoch": 1.0, "loss": 1.5, "val_loss": 1.7},
        {"epoch": 2.0, "loss": 0.5, "val_loss": 0.9},
    ]
    with np.load(tmp_path / "histograms.npz") as npz:  # no pickle needed to read it
        assert list(npz["layer_names"]) == ["1 Dense", "Output"]
        assert list(npz["steps"]) == [0, 10, 20]
        assert npz["layer0_counts"].shape == (3, insight.BINS)
        assert npz["layer0_edges"].shape == (3, insight.BINS + 1)
        assert npz["layer0_pre_counts"].shape == (3, insight.BINS)
        assert npz["layer0_weights_counts"].shape == (3, insight.BINS)
        assert "layer1_pre_counts" not in npz
        assert list(npz["layer0_mean"]) == [0.0, 10.0, 20.0]
        assert list(npz["layer0_grad_norm"]) == [0.5, 0.5, 0.5]
        assert np.isnan(npz["layer1_grad_norm"]).all()
        assert npz["confusion"].shape == (3, 2, 2)  # one per snapshot
        assert npz["confusion"][2, 1, 1] == 20


def test_a_run_that_cannot_write_says_so_before_training(tmp_path, digits):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(WriteError, match=r"cannot create .*file/run"):
        RunRecord(blocker / "run", digits)


def test_a_failed_write_leaves_the_old_file_whole(tmp_path, digits):
    record = RunRecord(tmp_path, digits)
    record.end(FAILED, reason="first")

    class Broken:
        def save(self, path):
            path.write_bytes(b"half")
            raise OSError(28, "No space left on device")

    with pytest.raises(WriteError, match=r"model\.keras: No space left on device"):
        record.end(STOPPED, Broken())
    assert not (tmp_path / "model.keras").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert read_status(tmp_path / "status.json")["reason"] == "first"


def test_run_dirs_never_collide(tmp_path):
    first = new_run_dir(tmp_path, "Digits MLP")
    second = new_run_dir(tmp_path, "Digits MLP")
    assert first != second
    assert first.name.endswith("digits-mlp")


def test_tensorboard_reads_the_runs_event_files(tmp_path, digits):
    """Scalars per epoch and per batch, the histograms of each snapshot and the settings
    as hyperparameters, read back with TensorBoard's own reader."""
    import tensorflow as tf
    from tensorboard.backend.event_processing import event_accumulator

    from core.model.events import BatchEnd

    record = RunRecord(tmp_path, digits)
    for step in range(4):
        record(BatchEnd(step, 0, step, 2.0 - step / 4, 0.001))
    record(snapshot(0))
    record(EpochEnd(0, {"loss": 1.5, "val_loss": 1.7, "learning_rate": 0.001}))
    record(snapshot(10))
    record(EpochEnd(1, {"loss": 0.5, "val_loss": 0.9, "learning_rate": 0.001}))
    record.end(FINISHED, FakeModel())
    reader = event_accumulator.EventAccumulator(
        str(tmp_path), size_guidance={event_accumulator.TENSORS: 0}
    )
    reader.Reload()

    def values(tag: str) -> list[tuple[int, np.ndarray]]:
        return [(e.step, tf.make_ndarray(e.tensor_proto)) for e in reader.Tensors(tag)]

    assert [(s, float(v)) for s, v in values("epoch/loss")] == [(1, 1.5), (2, 0.5)]
    assert [s for s, _ in values("epoch/val_loss")] == [1, 2]
    assert [float(v) for _, v in values("batch/loss")] == [2.0, 1.75, 1.5, 1.25]
    histograms = values("activations/1_Dense")
    assert [s for s, _ in histograms] == [0, 10]
    rows = histograms[1][1]  # (left edge, right edge, count) per bin
    assert rows.shape[1] == 3 and rows[:, 2].sum() == 12  # 4 samples x 3 units
    assert {"weights/1_Dense", "pre_activations/1_Dense", "activations/Output"} <= set(
        reader.Tags()["tensors"]
    )
    assert reader.SummaryMetadata("activations/1_Dense").plugin_data.plugin_name == "histograms"
    hparams = reader.PluginTagToContent("hparams")
    assert "_hparams_/session_start_info" in hparams
    assert b"training.optimizer.learning_rate" in hparams["_hparams_/session_start_info"]


def test_histograms_are_kept_while_the_run_goes(tmp_path, digits, monkeypatch):
    """A run killed mid-training keeps the snapshots written so far (every few seconds;
    here at every snapshot)."""
    from core.engine import runs
    from core.model.run_files import read_replay

    monkeypatch.setattr(runs, "HISTOGRAMS_EVERY_S", 0.0)
    record = RunRecord(tmp_path, digits)
    record(snapshot(0))
    record(EpochEnd(0, {"loss": 1.5, "val_loss": 1.7}))
    record(snapshot(10))
    # No end(): the process is killed here.
    replay = read_replay(tmp_path)
    assert [s.step for s in replay.snapshots] == [0, 10] and len(replay.epochs) == 1
