"""The run store as the runs panel reads it: summaries, labels, deletion, replays."""

import json
from dataclasses import replace

import numpy as np
import pytest

from core.engine.runs import FINISHED, RunRecord
from core.model import files, run_files, settings
from core.model.events import ConfusionMatrix, EpochEnd
from core.model.spec import Pick
from tests.core.engine.test_runs import FakeModel, snapshot


def recorded(folder, experiment, epochs=2, end=True):
    record = RunRecord(folder, experiment)
    for step in range(epochs):
        record(snapshot(step * 10))
        record(ConfusionMatrix(step * 10, step, np.eye(2, dtype=np.int64) * (step + 1), ("a", "b")))
        record(EpochEnd(step, {"loss": 1.0 / (step + 1), "val_loss": 1.2 / (step + 1)}))
    if end:
        record.end(FINISHED, FakeModel(), test={"test_accuracy": 0.9, "test_loss": 0.3})
    return record


def test_runs_are_listed_newest_first_with_what_they_did(tmp_path, digits):
    recorded(tmp_path / "20260101-000000-old", digits)
    recorded(tmp_path / "20260102-000000-new", replace(digits, name="Newer"))
    (tmp_path / "not-a-run").mkdir()
    runs = run_files.list_runs(tmp_path)
    assert [r.folder.name for r in runs] == ["20260102-000000-new", "20260101-000000-old"]
    newest = runs[0]
    assert newest.title == "Newer" and newest.state == "finished" and newest.epochs_done == 2
    assert newest.final == {"loss": 0.5, "val_loss": 0.6}
    assert newest.test == {"test_accuracy": 0.9, "test_loss": 0.3}
    assert newest.dataset.startswith("Digits") and newest.devices.startswith("1 device")
    assert run_files.list_runs(tmp_path / "none yet") == []


def test_a_sweeps_trials_are_listed_with_the_sweeps_name(tmp_path, digits):
    """A CLI sweep's --out (trial folders and summary.csv) inside the store, or named as
    a folder of its own: its trials are listed once each, with the sweep's name."""
    store, elsewhere = tmp_path / "store", tmp_path / "lr-sweep"
    recorded(store / "20260101-000000-single", digits)
    for trial in ("trial-000", "trial-001"):
        recorded(store / "init-sweep" / trial, digits)
        recorded(elsewhere / trial, digits)
    (elsewhere / "summary.csv").write_text("trial\n0\n1\n")
    (store / "init-sweep" / "journal").mkdir()  # not a run: skipped
    runs = run_files.list_runs(store, elsewhere, store)
    names = sorted((r.sweep, r.folder.name) for r in runs)
    assert names == [
        ("", "20260101-000000-single"),
        ("init-sweep", "trial-000"),
        ("init-sweep", "trial-001"),
        ("lr-sweep", "trial-000"),
        ("lr-sweep", "trial-001"),
    ]
    assert run_files.list_runs(store / "init-sweep" / "trial-000")[0].folder.name == "trial-000"


def test_a_run_whose_process_died_reads_as_interrupted(tmp_path, digits):
    recorded(tmp_path / "run", digits, end=False)
    status = json.loads((tmp_path / "run" / "status.json").read_text())
    status["pid"] = 2**22 + 12345  # no such process
    (tmp_path / "run" / "status.json").write_text(json.dumps(status))
    run = run_files.summary(tmp_path / "run")
    assert run.state == "interrupted" and run.epochs_done == 2


def test_rename_tag_and_delete(tmp_path, digits):
    recorded(tmp_path / "run", digits)
    run_files.write_labels(tmp_path / "run", title="Xavier, 가중치 초기화")
    run_files.write_labels(tmp_path / "run", tags=("init", "lesson"))
    run = run_files.summary(tmp_path / "run")
    assert run.title == "Xavier, 가중치 초기화" and run.tags == ("init", "lesson")
    (tmp_path / "plain").mkdir()
    with pytest.raises(files.WriteError, match="not a run folder"):
        run_files.delete(tmp_path / "plain")
    run_files.delete(tmp_path / "run")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain"]


def test_a_replay_holds_what_the_run_showed(tmp_path, digits):
    record = recorded(tmp_path / "run", digits)
    replay = run_files.read_replay(tmp_path / "run", ("a", "b"))
    assert [e.epoch for e in replay.epochs] == [0, 1]
    assert replay.epochs[1].metrics == {"loss": 0.5, "val_loss": 0.6}
    assert [s.step for s in replay.snapshots] == [s.step for s in record.snapshots]
    for live, again in zip(record.snapshots, replay.snapshots, strict=True):
        for a, b in zip(live.layers, again.layers, strict=True):
            assert a.name == b.name and a.mean == pytest.approx(b.mean)
            np.testing.assert_array_equal(a.output.counts, b.output.counts)
            assert (a.weights is None) == (b.weights is None)
            assert a.grad_norm == b.grad_norm and a.dead == b.dead
    assert [c.matrix.tolist() for c in replay.confusion] == [[[1, 0], [0, 1]], [[2, 0], [0, 2]]]


def test_the_differing_settings_are_exactly_those_changed(digits):
    changed = digits.with_layers(
        (
            replace(
                digits.layers[0],
                params={**digits.layers[0].params, "kernel_initializer": Pick("glorot_uniform")},
            ),
            *digits.layers[1:],
        )
    )
    faster = replace(changed, training=replace(changed.training, batch_size=64), name="other")
    flats = [settings.flat(e) for e in (digits, changed, faster)]
    assert settings.differing(flats) == ["layers[0].kernel_initializer", "training.batch_size"]
    assert settings.describe(flats[2], settings.differing(flats)) == (
        "layers[0].kernel_initializer: glorot_uniform, batch_size: 64"
    )
    assert settings.differing(flats[:1] * 2) == []


def test_a_replays_last_snapshot_keeps_the_graphs_weights_and_maps(tmp_path, digits):
    from core.model import graph
    from core.model.events import Wiring

    record = RunRecord(tmp_path / "run", digits)
    first = snapshot(0)
    kernel = np.array([[0.5, -0.25], [1.0, 2.0]], dtype=np.float32)
    maps = np.zeros((2, 20, 20), dtype=np.float16)
    wired = [replace(layer, wiring=graph.wiring(kernel, 2), maps=maps) for layer in first.layers]
    record(first)
    record(replace(snapshot(10), layers=tuple(wired), inputs=maps))
    record.end(FINISHED, FakeModel())
    replay = run_files.read_replay(tmp_path / "run")
    last = replay.snapshots[-1]
    assert all(isinstance(layer.wiring, Wiring) for layer in last.layers)
    np.testing.assert_array_equal(last.layers[0].wiring.mean, kernel)
    assert last.layers[0].maps.shape == (2, 20, 20) and last.inputs.shape == (2, 20, 20)
    assert replay.snapshots[0].layers[0].wiring is None  # only the last is kept
