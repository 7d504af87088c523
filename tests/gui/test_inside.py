import numpy as np
import pytest

from core.engine.worker import Tagged
from core.model import insight
from core.model.events import BatchEnd, ConfusionMatrix, Snapshot, Started
from core.model.insight import Ranges
from core.model.spec import Layer, Pick
from tests.helpers import quick


def synthetic(step: int, scale: float) -> Snapshot:
    values = np.random.default_rng(step).uniform(0, scale, size=(64, 8))
    ranges = Ranges()
    dense = insight.layer_snapshot(
        "1 Dense", "relu", values, ranges, pre=values - 1, kernel=values[:4], grad_norm=scale
    )
    out = insight.layer_snapshot("3 Dense", "relu", values, ranges, grad_norm=scale)
    final = insight.layer_snapshot("Output", "softmax", values / scale, ranges, (0.0, 1.0))
    return Snapshot(step, step / 10, (dense, out, final))


@pytest.fixture
def make_quiet_window(make_window, monkeypatch):
    """A window that computes no initialization preview, so only fed events show."""

    def make(experiment):
        window = make_window(experiment)
        monkeypatch.setattr(window.controller, "preview", lambda experiment: None)
        return window

    return make


RUN_TAG = -1


def feed(window, *events):
    """A run's events straight into the controller's queue, as the engine puts them
    (tagged; a tag of no preview or data job means the run's)."""
    for event in events:
        window.controller.events.put(Tagged(RUN_TAG, event))
    window.controller.drain()


def test_scrubber_shows_older_snapshots(make_quiet_window, digits):
    window = make_quiet_window(digits)
    feed(window, Started(1, 10, ("1 Dense", "3 Dense", "Output"), 320))
    feed(window, synthetic(0, 1.0), synthetic(5, 2.0), synthetic(10, 4.0))
    grid = window.browser.activations
    assert grid.snapshot.step == 10
    assert window.browser.scrubber.slider.maximum() == 2
    window.browser.scrubber.slider.setValue(0)
    assert grid.snapshot.step == 0
    x, _ = grid.curves["1 Dense"].getData()
    assert x[-1] == pytest.approx(1.0, abs=0.05)
    assert "1/3" in window.browser.scrubber.label.text()
    feed(window, synthetic(15, 8.0))  # not following: stays on the chosen snapshot
    assert grid.snapshot.step == 0
    window.browser.scrubber.live_button.click()
    assert grid.snapshot.step == 15
    grads = window.gradient_plot.lines["1 Dense"].getData()[1]
    np.testing.assert_allclose(10**grads, [1.0, 2.0, 4.0, 8.0])  # a log axis holds log10


def test_a_tick_redraws_the_histograms_or_a_curve_plot_never_both(make_quiet_window, digits, qtbot):
    window = make_quiet_window(digits)
    feed(window, Started(1, 10, ("1 Dense", "3 Dense", "Output"), 320))
    batches = [BatchEnd(0, i, i, 2.0 - i / 10, 1e-3) for i in range(5)]
    feed(window, *batches, synthetic(5, 1.0))
    assert window.browser.activations.redraws["1 Dense"] == 1
    assert window.loss_plot.drawn == window.rate_plot.drawn == 0  # due, yet they wait
    curves = (window.loss_plot, window.rate_plot)
    qtbot.waitUntil(lambda: (window.controller.drain(), all(p.drawn == 5 for p in curves))[1])
    assert window.browser.activations.redraws["1 Dense"] == 1


def test_hidden_grids_draw_when_their_tab_opens(make_quiet_window, digits):
    window = make_quiet_window(digits)
    feed(window, Started(1, 10, ("1 Dense", "3 Dense", "Output"), 320), synthetic(3, 1.0))
    weights = window.browser.weights
    assert weights.redraws["1 Dense"] == 0
    window.views.setCurrentWidget(weights)
    assert weights.redraws["1 Dense"] == 1
    assert window.browser.pre_activations.curves["3 Dense"].getData()[0] is None  # no pre


def test_confusion_and_diagnostics_views(make_quiet_window, digits, qtbot):
    window = make_quiet_window(digits)
    started = Started(1, 10, ("1 Dense", "3 Dense", "Output"), 320)
    feed(window, started)
    window.views.setCurrentWidget(window.confusion)
    assert window.confusion.note.isVisible()  # says what will come, not empty axes
    assert not window.confusion.getPlotItem().getAxis("left").isVisible()
    matrix = np.array([[8, 2], [1, 9]])
    feed(window, ConfusionMatrix(10, 1.5, matrix, ("cat", "dog")))
    assert window.confusion.matrix is matrix
    assert "after 1.5 epochs: 85.0% right" in window.confusion.plotItem.titleLabel.text
    assert not window.confusion.note.isVisible()
    assert window.confusion.getPlotItem().getAxis("left").isVisible()
    assert window.confusion.bar.isVisible()
    assert [c.toPlainText() for c in window.confusion.cells] == ["8", "2", "1", "9"]
    top = window.confusion.getPlotItem().getAxis("top")._tickLevels[0]
    right = window.confusion.getPlotItem().getAxis("right")._tickLevels[0]
    assert [text for _, text in top] == ["89", "82"]  # precision %: 8 of 9, 9 of 11
    assert [text for _, text in right] == ["80", "90"]  # recall %: 8 of 10, 9 of 10

    def shows_the_matrix():  # the whole matrix, not the range that framed the note
        (x0, x1), (y0, y1) = window.confusion.viewRange()
        return x0 <= 0 and x1 >= 2 and y0 <= 0 and y1 >= 2

    qtbot.waitUntil(shows_the_matrix, timeout=2000)
    feed(window, started)  # a new run: the last run's matrix must not stay up
    assert window.confusion.matrix is None
    assert window.confusion.note.isVisible()
    assert window.confusion.cells == [] and not window.confusion.bar.isVisible()
    assert "epochs" not in window.confusion.plotItem.titleLabel.text
    dead = synthetic(4, 1.0)
    zero = insight.layer_snapshot("3 Dense", "relu", np.zeros((64, 8)), Ranges())
    feed(window, Snapshot(4, 0.4, (dead.layers[0], zero, dead.layers[2])))
    assert window.diagnostics.count() == 1
    assert "100% of ReLU units dead" in window.diagnostics.item(0).text()
    assert window.views.tabText(window.views.indexOf(window.diagnostics)) == "Diagnostics (1)"


@pytest.mark.slow
def test_views_update_during_a_real_run(make_window, qtbot, digits):
    window = make_window(quick(digits, epochs=3))
    with qtbot.waitSignal(window.controller.runFinished, timeout=120_000):
        window.train_action.trigger()
    assert len(window.browser.snapshots) >= 2
    assert window.browser.snapshots[0].step == 0
    assert window.browser.activations.redraws["1 Dense"] >= 2
    assert len(window.gradient_plot.lines["1 Dense"].getData()[0]) >= 2
    assert window.confusion.matrix.sum() == insight.PROBE_SAMPLES


@pytest.mark.slow
def test_initialization_preview_follows_the_initializer(make_window, qtbot, digits):
    dense = {**digits.layers[0].params, "activation": Pick("sigmoid")}
    big = {**dense, "kernel_initializer": Pick("large_gaussian")}
    exp = digits.with_layers(tuple(Layer("dense", big) for _ in range(3)))
    window = make_window(exp)
    with qtbot.waitSignal(window.controller.previewReady, timeout=120_000) as first:
        pass
    assert first.args[0].step == 0
    assert first.args[0].layers[0].saturated > 0.5
    assert "as initialized" in window.snapshot_title.text()
    xavier = {**dense, "kernel_initializer": Pick("glorot_normal")}
    with qtbot.waitSignal(window.controller.previewReady, timeout=30_000) as second:
        window.apply(exp.with_layers(tuple(Layer("dense", xavier) for _ in range(3))), "xavier")
    assert second.args[0].layers[0].saturated < 0.05
    assert window.browser.activations.snapshot is second.args[0]


def test_boundary_view_draws_the_plane_and_the_points(make_quiet_window, digits):
    from core.model.events import Boundary

    window = make_quiet_window(digits)
    values = np.tile(np.linspace(0, 1, 40), (40, 1))
    points = np.array([[-0.5, 0.5], [0.5, -0.5]], dtype=np.float32)
    feed(window, Boundary(7, (-1.3, 1.3), values, points, np.array([0, 1]), "classification"))
    window.views.setCurrentWidget(window.boundary)
    np.testing.assert_array_equal(window.boundary.image.image, values)
    assert window.boundary.points.data.size == 2
    assert "step 7" in window.boundary.plotItem.titleLabel.text
    assert window.boundary.bar.levels() == (0.0, 1.0) and window.boundary.bar.isVisible()


@pytest.mark.slow
def test_a_preview_asked_for_just_before_a_run_never_replaces_the_runs_views(
    make_window, qtbot, digits
):
    window = make_window(quick(digits, epochs=1))
    window.apply(quick(digits, epochs=2), "2 epochs")  # asks for a preview in 250 ms
    window.live._request_preview()  # ... at once, while TensorFlow is still loading
    previews = []
    window.controller.previewReady.connect(previews.append)
    with qtbot.waitSignal(window.controller.runFinished, timeout=120_000):
        window.train_action.trigger()
    qtbot.wait(1500)  # long enough for the engine to answer a preview still asked for
    assert previews == []
    assert window.confusion.latest is not None
    assert "as initialized" not in window.snapshot_title.text()


def test_the_planned_rate_is_drawn_from_zero_before_the_first_step(qtbot):
    """A constant rate of 0.1 on an axis from 0 (it used to be centred on -400..600 x1e-3),
    and the per-batch loss drawn downsampled, clipped to what is in view."""
    from gui.plots import LossPlot, RatePlot

    plot = RatePlot()
    qtbot.addWidget(plot)
    steps = np.linspace(0, 5, 50)
    plot.reset(Started(5, 10, ("Output",), 320), (steps, np.full(50, 0.1)))
    low, high = plot.viewRange()[1]
    assert low == 0 and high == pytest.approx(0.11)
    loss = LossPlot()
    qtbot.addWidget(loss)
    assert loss.batch_curve.opts["autoDownsample"] and loss.batch_curve.opts["clipToView"]


def test_the_preview_shows_each_layers_gradient_before_the_first_step(make_window, qtbot):
    """The lessons' 5 x 100 sigmoid with large Gaussian weights: saturated units pass
    little back, so each layer's gradient is smaller than the next one's, the first's a
    twentieth of the output's."""
    from core.model import templates

    window = make_window(templates.load("init_sigmoid_5x100"))
    with qtbot.waitSignal(window.controller.previewReady, timeout=120_000) as ready:
        pass
    profile = window.live.gradient_profile
    norms = 10 ** profile.curve.getData()[1]  # a log plot holds log10 of what it shows
    expected = [layer.grad_norm for layer in ready.args[0].layers if layer.grad_norm]
    np.testing.assert_allclose(norms, expected)
    assert len(norms) == 6  # five hidden layers and the output
    assert np.all(np.diff(norms) > 0) and norms[0] < norms[-1] / 10  # vanishing towards the input
    assert "as initialized" in profile.getPlotItem().titleLabel.text
    assert [name for _, name in profile.ticks] == ["1", "2", "3", "4", "5", "out"]
