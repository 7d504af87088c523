"""CSV tables read in chunks, and streamed from their encoded rows on disk: the same
facts whatever the chunk size, the same split and gap filling in memory or streamed,
every training row once per epoch, the same training within tolerance, memory that does
not grow with the rows."""

import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from core.engine import csv_tables, data, overview, sources, training
from core.engine.sources import DataError
from core.model import machine, spec
from core.model.events import EpochEnd
from tests.helpers import PEAK_RSS_MB, write_table

ROOT = Path(__file__).resolve().parents[3]


def write_digits(path: Path, repeat: int = 1) -> Path:
    """scikit-learn's digits as a table: 64 pixel columns (a few cells empty), a text
    column of the digit's parity, and the digit last; ``repeat`` copies of the rows."""
    from sklearn.datasets import load_digits

    bunch = load_digits()
    cells = bunch.data.astype(int).astype(str).astype(object)
    cells[::97, 5] = ""  # gaps, filled with the training mean
    parity = np.where(bunch.target % 2, "odd", "even")[:, None]
    rows = np.hstack([cells, parity, bunch.target[:, None].astype(str)])
    header = ",".join([*(f"p{i}" for i in range(64)), "parity", "digit"])
    body = "\n".join(",".join(row) for row in rows)
    path.write_text(header + ("\n" + body) * repeat + "\n", encoding="utf-8")
    return path


def table_experiment(path: Path, loading: str, epochs: int = 3) -> spec.Experiment:
    return spec.from_dict(
        {
            "format": "layerlab-experiment",
            "version": 1,
            "name": "Table",
            "seed": 5,
            "data": {
                "dataset": {
                    "name": "csv",
                    "path": str(path),
                    "missing": "mean",
                    "loading": loading,
                },
                "preprocessing": "standardize",
            },
            "layers": [{"kind": "dense", "units": 32, "activation": "relu"}],
            "training": {
                "optimizer": {"name": "adam", "learning_rate": 0.01},
                "batch_size": 64,
                "epochs": epochs,
            },
        }
    )


def loaded(path: Path, loading: str) -> data.Dataset:
    return data.load(data.plan_for(table_experiment(path, loading)))


def test_reading_in_small_chunks_gives_what_one_pass_gives(tmp_path, monkeypatch):
    params = {"missing": spec.Pick("mean")}
    whole = sources.read("csv", _params(write_table(tmp_path / "a.csv", rows=300), **params))
    monkeypatch.setattr(csv_tables, "CHUNK_ROWS", 7)  # parsed twice, chunk by chunk
    chunked = sources.read("csv", _params(write_table(tmp_path / "b.csv", rows=300), **params))
    np.testing.assert_array_equal(chunked.x, whole.x)  # NaN in the same places too
    np.testing.assert_array_equal(chunked.y, whole.y)
    for field in ("feature_names", "columns", "preview", "notes", "class_names", "task"):
        assert getattr(chunked, field) == getattr(whole, field), field


def _params(path: Path, **changes) -> dict:
    from core.model import catalog

    return {**spec.default_pick(catalog.DATASETS["csv"]).params, "path": str(path), **changes}


def test_columns_that_cannot_be_encoded_are_named(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_tables, "MAX_CATEGORIES", 2)
    with pytest.raises(DataError, match="'colour' has more than 2 different text values"):
        sources.read("csv", _params(write_table(tmp_path / "t.csv")))
    late = tmp_path / "late.csv"
    late.write_text("a,b,label\n" + "1,2,x\n2,3,y\n" * 30 + "1,two,x\n" * 20, encoding="utf-8")
    monkeypatch.undo()
    monkeypatch.setattr(csv_tables, "CHUNK_ROWS", 40)
    with pytest.raises(DataError, match="'b' holds only numbers on its first 40 rows"):
        sources.read("csv", _params(late))


def test_the_split_and_the_filled_gaps_are_the_same_streamed_or_in_memory(tmp_path):
    path = write_digits(tmp_path / "digits.csv")
    memory, streamed = loaded(path, "memory"), loaded(path, "stream")
    assert streamed.streams is not None and memory.streams is None
    assert streamed.loading == "streamed from disk" and streamed.sizes == memory.sizes
    train, _, test = streamed.streams
    np.testing.assert_array_equal(train.labels, memory.y_train)
    np.testing.assert_array_equal(test.labels, memory.y_test)
    np.testing.assert_array_equal(streamed.x_train, memory.x_train)  # all 1,000-odd rows
    np.testing.assert_array_equal(streamed.x_val, memory.x_val[: len(streamed.x_val)])
    assert not np.isnan(streamed.x_train).any()  # gaps filled with the training means
    in_file_order = np.concatenate(
        [x for x, _ in train.batches(lambda y: y, 64, None).as_numpy_iterator()]
    )
    np.testing.assert_array_equal(in_file_order, memory.x_train[np.argsort(train.indices)])


def test_each_epoch_reads_every_training_row_once_in_a_new_order(tmp_path):
    train = loaded(write_digits(tmp_path / "digits.csv"), "stream").streams[0]
    batches = train.batches(lambda y: y, 100, seed=5)
    epochs = [list(batches.as_numpy_iterator()) for _ in range(2)]
    for epoch in epochs:
        sizes = [len(y) for _, y in epoch]
        assert len(sizes) == -(-len(train) // 100) and set(sizes[:-1]) == {100}
        assert sorted(np.concatenate([y for _, y in epoch])) == sorted(train.labels)
    first, second = (np.concatenate([x[:, :8] for x, _ in e]) for e in epochs)
    assert not np.array_equal(first, second)
    rerun = loaded(tmp_path / "digits.csv", "stream").streams[0].batches(lambda y: y, 100, seed=5)
    again = np.concatenate([y for _, y in rerun.as_numpy_iterator()])
    np.testing.assert_array_equal(again, np.concatenate([y for _, y in epochs[0]]))  # seeded


def test_auto_streams_a_table_too_big_for_a_sixth_of_the_free_memory(tmp_path, monkeypatch):
    path = write_digits(tmp_path / "digits.csv")  # 1,797 rows of 66 inputs: 474 KB
    monkeypatch.setattr(machine, "available_memory", lambda: 6 * 400_000)
    found = data.read_user_file(table_experiment(path, "auto"))
    assert found.x is None and found.table is not None and found.input_shape == (66,)
    shown = overview.overview(table_experiment(path, "auto"))
    assert shown.loading == "streamed from disk" and shown.sizes == loaded(path, "memory").sizes


def test_a_streamed_table_trains_as_the_in_memory_one(tmp_path):
    path = write_digits(tmp_path / "digits.csv")
    results = {}
    for loading in ("memory", "stream"):
        events = []
        done = training.train(table_experiment(path, loading), events.append)
        assert isinstance(done, training.Finished), done
        results[loading] = ([e for e in events if isinstance(e, EpochEnd)][-1].metrics, done)
    (memory, memory_done), (streamed, streamed_done) = results["memory"], results["stream"]
    assert memory["val_accuracy"] > 0.9
    assert streamed["val_accuracy"] == pytest.approx(memory["val_accuracy"], abs=0.05)
    assert streamed_done.test_metrics["test_accuracy"] == pytest.approx(
        memory_done.test_metrics["test_accuracy"], abs=0.05
    )


PEAK = textwrap.dedent(
    """
    import sys
    from core.engine import csv_tables, data
    from tests.core.engine.test_table_stream import table_experiment
    csv_tables.CHUNK_ROWS = 20_000
    split = data.load(data.plan_for(table_experiment(sys.argv[1], sys.argv[2])))
    for epoch in range(2 if split.streams else 0):
        for x, y in split.streams[0].batches(lambda y: y, 256, seed=1).as_numpy_iterator():
            pass
    print({peak})
    """
).format(peak=PEAK_RSS_MB)


def _peak_mb(path: Path, loading: str) -> int:
    out = subprocess.run(
        [sys.executable, "-c", PEAK, str(path), loading],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_a_streamed_tables_memory_grows_a_fraction_of_what_it_would_in_memory(tmp_path):
    """36k and 180k rows of 66 inputs (the digits 20 and 100 times), read and two epochs
    streamed, against the same read into memory. Streamed, only the targets, the split
    and which rows are kept grow with the rows (~50 bytes a row); in memory the rows
    themselves do too (264 bytes as float32, and the pandas chunks they come from)."""
    small, large = write_digits(tmp_path / "s.csv", 20), write_digits(tmp_path / "l.csv", 100)
    streamed = _peak_mb(large, "stream") - _peak_mb(small, "stream")
    in_memory = _peak_mb(large, "memory") - _peak_mb(small, "memory")
    assert in_memory > 38, (streamed, in_memory)  # 144k more rows of 264 bytes, at least
    assert streamed < in_memory / 3, (streamed, in_memory)
