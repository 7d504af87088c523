import numpy as np
import pytest

from core.model import insight
from core.model.events import BatchEnd, EpochEnd, Snapshot
from core.model.insight import THRESHOLDS, Ranges, layer_snapshot


def snap(*layers) -> Snapshot:
    return Snapshot(10, 1.0, tuple(layers))


def layer(name="1 Dense", activation="relu", values=None, grad_norm=None, **kw):
    if values is None:
        values = np.random.default_rng(0).uniform(0.1, 1.0, size=(64, 8))
    return layer_snapshot(name, activation, values, Ranges(), grad_norm=grad_norm, **kw)


def rules(findings) -> list[str]:
    return [f.rule for f in findings]


def test_fast_histogram_matches_numpy():
    values = np.random.default_rng(3).normal(size=5000)
    ours = Ranges().histogram("x", values)
    counts, edges = np.histogram(values, bins=insight.BINS, range=(values.min(), values.max()))
    np.testing.assert_array_equal(ours.counts, counts)
    np.testing.assert_allclose(ours.edges, edges, rtol=1e-6)


def test_ranges_only_widen():
    ranges = Ranges()
    first = ranges.histogram("a", np.array([0.0, 1.0]))
    second = ranges.histogram("a", np.array([0.4, 0.6]))
    third = ranges.histogram("a", np.array([-1.0, 0.5]))
    assert (first.edges[0], first.edges[-1]) == (0.0, 1.0)
    assert (second.edges[0], second.edges[-1]) == (0.0, 1.0)
    assert (third.edges[0], third.edges[-1]) == (-1.0, 1.0)
    assert second.counts.sum() == 2


def test_all_zero_relu_reads_100_percent_dead():
    assert insight.dead_share(np.zeros((32, 16)), "relu") == 1.0
    values = np.zeros((32, 4))
    values[5, 1] = 0.3  # one unit fires once: alive
    assert insight.dead_share(values, "relu") == 0.75
    images = np.zeros((8, 4, 4, 2))
    images[0, 1, 1, 0] = 1.0  # channel 0 alive somewhere, channel 1 never
    assert insight.dead_share(images, "relu") == 0.5
    assert insight.dead_share(values, "tanh") is None


def test_saturation_by_activation():
    sig = np.array([0.01, 0.5, 0.99, 0.96])
    assert insight.saturated_share(sig, "sigmoid") == 0.75
    assert insight.saturated_share(np.array([-0.99, 0.0, 0.5, 0.97]), "tanh") == 0.5
    assert insight.saturated_share(sig, "relu") is None


def test_healthy_run_has_no_findings():
    healthy = snap(layer(grad_norm=0.5), layer("Output", "softmax", grad_norm=0.8))
    epochs = [EpochEnd(i, {"loss": 1 / (i + 1), "val_loss": 1.2 / (i + 1)}) for i in range(8)]
    assert insight.diagnose(healthy, epochs, []) == []


def test_saturated_sigmoid_is_found():
    values = np.concatenate([np.full(60, 0.001), np.full(40, 0.5)])
    (found,) = insight.diagnose(snap(layer("4 Dense", "sigmoid", values)))
    assert found.rule == "saturated"
    assert found.message == (
        "Layer 4 Dense: 60% of sigmoid outputs saturated - try Xavier initialization or BatchNorm"
    )


def test_collapsed_sigmoid_is_found():
    values = 0.5 + np.random.default_rng(1).normal(scale=0.001, size=(64, 10))
    (found,) = insight.diagnose(snap(layer("2 Dense", "sigmoid", values)))
    assert found.rule == "collapsed"
    assert "close to 0.5" in found.message


def test_dead_relu_is_found():
    values = np.random.default_rng(2).uniform(size=(64, 10))
    values[:, :7] = 0.0
    (found,) = insight.diagnose(snap(layer("2 Dense", "relu", values)))
    assert found.message == (
        "Layer 2 Dense: 70% of ReLU units dead - lower the learning rate or use Leaky ReLU / "
        "He initialization"
    )


@pytest.mark.parametrize(("first", "rule"), [(1e-6, "vanishing"), (1e4, "exploding")])
def test_gradient_ratio_rules(first, rule):
    found = insight.diagnose(
        snap(layer("1 Dense", grad_norm=first), layer("5 Dense", grad_norm=1.0))
    )
    assert rules(found) == [rule]
    if rule == "vanishing":
        assert found[0].message.startswith("gradient norm of layer 1 Dense is 1e-06 of layer 5")


def test_nan_loss_is_found():
    batches = [BatchEnd(0, 0, 311, float("nan"), 0.1)]
    (found,) = insight.diagnose(None, [], batches)
    assert found.message == "loss became NaN at step 312: learning rate too high or no clipping"


def test_overfitting_is_found_only_after_enough_epochs():
    n = THRESHOLDS.overfit_epochs
    epochs = [EpochEnd(i, {"loss": 1.0 - 0.1 * i, "val_loss": 0.5 + 0.1 * i}) for i in range(n + 1)]
    assert rules(insight.diagnose(None, epochs)) == ["overfit"]
    assert insight.diagnose(None, epochs[:-1]) == []
    flat_val = [EpochEnd(i, {"loss": 1.0 - 0.1 * i, "val_loss": 0.5}) for i in range(n + 1)]
    assert insight.diagnose(None, flat_val) == []


def test_run_history_collects_what_diagnoses_need():
    history = insight.RunHistory()
    history(BatchEnd(0, 0, 0, 1.0, 0.1))
    history(BatchEnd(0, 1, 1, float("inf"), 0.1))
    history(BatchEnd(0, 2, 2, float("nan"), 0.1))
    history(EpochEnd(0, {"loss": 1.0}))
    history(snap(layer()))
    assert history.first_nan.step == 1
    assert len(history.epochs) == 1
    assert rules(history.findings()) == ["nan"]
