import numpy as np

from core.events import EpochEnd, Histograms, LayerHistogram
from core.runs import RunRecord, new_run_dir, read_metrics


class FakeModel:
    """Stands in for Keras only where this test is about the other files."""

    def save(self, path):
        path.write_bytes(b"model")


def snapshot(step: int) -> Histograms:
    edges = np.linspace(0, 1, 5, dtype=np.float32)
    layers = (
        LayerHistogram("1 Dense", edges, np.array([1, 2, 3, step])),
        LayerHistogram("Output", edges, np.array([4, 3, 2, 1])),
    )
    return Histograms(step, step / 10, layers)


def test_record_writes_metrics_and_histograms(tmp_path, digits):
    record = RunRecord()
    record(EpochEnd(0, {"loss": 1.5, "val_loss": 1.7}))
    record(EpochEnd(1, {"loss": 0.5, "val_loss": 0.9}))
    for step in (0, 10, 20):
        record(snapshot(step))
    record.write(tmp_path, digits, FakeModel())
    assert (tmp_path / "metrics.csv").read_text().splitlines()[0] == "epoch,loss,val_loss"
    assert read_metrics(tmp_path / "metrics.csv") == [
        {"epoch": 1.0, "loss": 1.5, "val_loss": 1.7},
        {"epoch": 2.0, "loss": 0.5, "val_loss": 0.9},
    ]
    with np.load(tmp_path / "histograms.npz") as npz:  # no pickle needed to read it
        assert list(npz["layer_names"]) == ["1 Dense", "Output"]
        assert list(npz["steps"]) == [0, 10, 20]
        assert npz["layer0_counts"].shape == (3, 4)
        assert npz["layer0_edges"].shape == (3, 5)
        assert list(npz["layer0_counts"][:, 3]) == [0, 10, 20]


def test_run_dirs_never_collide(tmp_path):
    first = new_run_dir(tmp_path, "Digits MLP")
    second = new_run_dir(tmp_path, "Digits MLP")
    assert first != second
    assert first.name.endswith("digits-mlp")
