import numpy as np

from core.engine.runs import RunRecord, read_metrics
from core.model import insight
from core.model.events import ConfusionMatrix, EpochEnd, Snapshot
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


def test_record_writes_metrics_and_histograms(tmp_path, digits):
    record = RunRecord()
    record(EpochEnd(0, {"loss": 1.5, "val_loss": 1.7}))
    record(EpochEnd(1, {"loss": 0.5, "val_loss": 0.9}))
    for step in (0, 10, 20):
        record(snapshot(step))
        record(ConfusionMatrix(step, step / 10, np.eye(2, dtype=np.int64) * step, ("a", "b")))
    record.write(tmp_path, digits, FakeModel())
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


def test_run_dirs_never_collide(tmp_path):
    first = new_run_dir(tmp_path, "Digits MLP")
    second = new_run_dir(tmp_path, "Digits MLP")
    assert first != second
    assert first.name.endswith("digits-mlp")
