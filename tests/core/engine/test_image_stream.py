"""Image folders streamed through tf.data or read into memory: the same split of files
either way, the same training within tolerance, memory that stays flat when streamed,
unreadable images named (skipped or failing the run, as chosen)."""

import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from core.engine import data, image_stream, training
from core.engine.sources import DataError
from core.model import machine, spec
from core.model.events import EpochEnd, Notice
from tests.helpers import PEAK_RSS_MB, write_images

ROOT = Path(__file__).resolve().parents[3]


def image_experiment(folder, epochs: int = 3, **params) -> spec.Experiment:
    """A small dense network over an image folder (Flatten first)."""
    dataset = {"name": "image_folder", "path": str(folder), **params}
    return spec.from_dict(
        {
            "format": "layerlab-experiment",
            "version": 1,
            "name": "Images",
            "seed": 3,
            "data": {"dataset": dataset, "preprocessing": "standardize"},
            "layers": [{"kind": "flatten"}, {"kind": "dense", "units": 16, "activation": "relu"}],
            "training": {
                "optimizer": {"name": "adam", "learning_rate": 0.01},
                "batch_size": 8,
                "epochs": epochs,
            },
        }
    )


def loaded(experiment):
    return data.load(data.plan_for(experiment))


def test_the_split_is_of_files_the_same_in_memory_or_streamed(tmp_path):
    folder = write_images(tmp_path / "img", per_class=20)
    memory = loaded(image_experiment(folder, loading="memory"))
    streamed = loaded(image_experiment(folder, loading="stream"))
    assert memory.loading == "in memory" and streamed.loading == "streamed from disk"
    assert memory.sizes == streamed.sizes == (24, 8, 8)
    train, val, test = streamed.streams
    assert sorted({*train.indices, *val.indices, *test.indices}) == list(range(40))
    assert np.array_equal(memory.y_train, train.labels)
    assert np.array_equal(memory.y_test, test.labels)
    assert np.bincount(train.labels).tolist() == [12, 12]  # stratified
    # The probe batch and the preprocessing sample are the same pixels as in memory.
    assert np.array_equal(streamed.x_val, memory.x_val)
    assert np.array_equal(streamed.x_train, memory.x_train)
    again = loaded(image_experiment(folder, loading="stream")).streams[0]
    assert np.array_equal(again.indices, train.indices)  # seeded


def test_automatic_loading_streams_what_would_not_fit(tmp_path, monkeypatch):
    folder = write_images(tmp_path / "img", per_class=20)
    found = data.read_user_file(image_experiment(folder))
    files = found.images
    assert image_stream.in_memory(files, "auto", 8)
    monkeypatch.setattr(machine, "available_memory", lambda: files.memory_bytes * 5)
    assert not image_stream.in_memory(files, "auto", 8)  # more than a sixth of it
    assert image_stream.in_memory(files, "memory", 8)  # as chosen
    monkeypatch.setattr(machine, "available_memory", lambda: files.image_bytes * 8)
    with pytest.raises(DataError, match=r"batches of 8 images .* choose a smaller batch"):
        image_stream.in_memory(files, "stream", 8)


@pytest.mark.slow
def test_a_streamed_run_trains_as_the_in_memory_one(tmp_path):
    folder = write_images(tmp_path / "img", per_class=30)
    results = {}
    for loading in ("memory", "stream"):
        events = []
        done = training.train(image_experiment(folder, loading=loading), events.append)
        assert isinstance(done, training.Finished), done
        epochs = [e for e in events if isinstance(e, EpochEnd)]
        results[loading] = (epochs[-1].metrics, done.test_metrics)
    (memory, memory_test), (streamed, streamed_test) = results["memory"], results["stream"]
    assert streamed["val_accuracy"] == pytest.approx(memory["val_accuracy"], abs=0.1)
    assert streamed["val_loss"] == pytest.approx(memory["val_loss"], rel=0.5, abs=0.05)
    assert streamed_test["test_accuracy"] == pytest.approx(memory_test["test_accuracy"], abs=0.1)
    assert memory["val_accuracy"] > 0.9  # dark against light: both learn it


def truncated(folder: Path) -> Path:
    """A PNG whose header reads (its size is known) but whose pixels are cut off."""
    bad = folder / "dark" / "0.png"
    bad.write_bytes(bad.read_bytes()[:60])
    return bad


@pytest.mark.slow
@pytest.mark.parametrize("loading", ["memory", "stream"])
def test_an_unreadable_image_fails_the_run_by_name_or_is_skipped(tmp_path, loading):
    folder = write_images(tmp_path / "img", per_class=20)
    bad = truncated(folder)
    failed = training.train(
        image_experiment(folder, epochs=1, loading=loading, height=8, width=10), lambda e: None
    )
    assert isinstance(failed, training.Failed)
    assert str(bad) in failed.message and "not a readable image" in failed.message
    events = []
    skipping = image_experiment(
        folder, epochs=1, loading=loading, height=8, width=10, unreadable="skip"
    )
    done = training.train(skipping, events.append)
    assert isinstance(done, training.Finished), done
    notices = [e.message for e in events if isinstance(e, Notice)]
    assert any(str(bad) in n and "1 unreadable image" in n for n in notices), notices


PEAK = textwrap.dedent(
    """
    import sys
    from core.engine import training
    from tests.core.engine.test_image_stream import image_experiment
    experiment = image_experiment(sys.argv[1], epochs=1, loading="stream", colour="rgb")
    done = training.train(experiment, lambda e: None)
    assert isinstance(done, training.Finished), done
    print({peak})
    """
).format(peak=PEAK_RSS_MB)


def _peak_mb(folder: Path) -> int:
    out = subprocess.run(
        [sys.executable, "-c", PEAK, str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_a_streamed_runs_memory_does_not_grow_with_the_images(tmp_path):
    """1,400 and 4,200 RGB images of 64x64 (49 KB each as float32): read into memory the
    larger set would need ~137 MB more; streamed, the peak stays within 40 MB. (Both sets
    are bigger than what is kept in memory of a streamed set: 512 training images to fit
    the preprocessing on, 256 validation images for the probes.)"""
    small = write_images(tmp_path / "small", per_class=700, mode="RGB", size=(64, 64))
    large = write_images(tmp_path / "large", per_class=2100, mode="RGB", size=(64, 64))
    files = data.read_user_file(image_experiment(large, colour="rgb")).images
    smaller = data.read_user_file(image_experiment(small, colour="rgb")).images
    grown = files.memory_bytes - smaller.memory_bytes
    assert grown > 100e6  # what reading it all in would have added (3 channels: RGB)
    assert _peak_mb(large) - _peak_mb(small) < 40


@pytest.mark.parametrize("loading", ["memory", "stream"])
def test_bmp_and_gif_images_read_in_grayscale(tmp_path, loading):
    """TensorFlow decodes BMP and GIF to colour only; in grayscale they are made gray."""
    from PIL import Image

    for name, value in (("dark", 30), ("light", 200)):
        (tmp_path / name).mkdir()
        for i in range(6):
            Image.fromarray(np.full((8, 10, 3), value, np.uint8)).save(tmp_path / name / f"{i}.bmp")
            Image.fromarray(np.full((8, 10), value, np.uint8)).save(tmp_path / name / f"{i}.gif")
    split = loaded(image_experiment(tmp_path, loading=loading))
    assert split.x_train.shape[1:] == (8, 10, 1) and len(split.x_train) > 0
    for image, label in zip(split.x_train, split.y_train, strict=True):
        assert np.allclose(image, 30 if label == 0 else 200, atol=1)
