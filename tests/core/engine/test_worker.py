"""The engine process: jobs in, tagged events out, stop by tag, no TensorFlow here."""

import queue
import re
from dataclasses import replace

import pytest

from core.model import jobs as worker
from core.model.events import BatchEnd, Finished, Snapshot, Started
from core.model.exports import Exported
from core.model.facts import DataOverview
from tests.helpers import quick, user_data, write_table


def collect(engine: worker.EngineProcess, tag: int, timeout: float = 120) -> list:
    """Every event of job ``tag`` up to its Result (the Result last)."""
    events = []
    while True:
        tagged = engine.events.get(timeout=timeout)
        if tagged.tag == tag:
            events.append(tagged.event)
            if isinstance(tagged.event, worker.Result):
                return events


@pytest.fixture(scope="module")
def engine():
    engine = worker.EngineProcess()
    yield engine
    engine.close()
    engine.process.join(timeout=30)
    assert not engine.alive, "the engine did not end after close()"


@pytest.mark.slow
def test_jobs_come_back_tagged_and_stop_ends_a_run(engine, digits, tmp_path):
    engine.submit(worker.Job(1, worker.PREVIEW, digits))
    engine.submit(worker.Job(2, worker.DATA, digits))
    preview = collect(engine, 1)
    assert isinstance(preview[-1].value, Snapshot) and not preview[-1].failed
    data = collect(engine, 2)
    assert isinstance(data[-1].value, DataOverview)

    engine.submit(worker.Job(3, worker.TRAIN, quick(digits, epochs=50), str(tmp_path)))
    seen = []
    while not any(isinstance(e, BatchEnd) for e in seen):
        tagged = engine.events.get(timeout=120)
        seen.append(tagged.event)
    engine.stop(3)
    seen += collect(engine, 3)
    assert isinstance(seen[0], Started)
    finished = [e for e in seen if isinstance(e, Finished)]
    assert finished and finished[0].stopped and finished[0].epochs_done < 50
    assert (tmp_path / "model.keras").is_file()


@pytest.mark.slow
def test_a_user_file_comes_back_as_a_summary_and_errors_as_messages(engine, digits, tmp_path):
    table = user_data(digits, "csv", path=str(write_table(tmp_path / "t.csv")))
    engine.submit(worker.Job(4, worker.DATA, table))
    found = collect(engine, 4)[-1].value.file
    assert found.samples == 118 and found.input_shape == (5,) and not hasattr(found, "x")
    missing = user_data(digits, "csv", path=str(tmp_path / "gone.csv"))
    engine.submit(worker.Job(5, worker.DATA, missing))
    result = collect(engine, 5)[-1]
    assert result.failed and "gone.csv does not exist" in result.value
    engine.submit(worker.Job(7, worker.DATA, missing, language="ko"))  # the window's language
    korean = collect(engine, 7)[-1]
    assert korean.failed and "gone.csv" in korean.value and re.search("[가-힣]", korean.value)
    engine.submit(worker.Job(8, worker.DATA, missing, language="en"))
    assert "gone.csv does not exist" in collect(engine, 8)[-1].value
    broken = replace(digits, layers=(replace(digits.layers[0], params={}),))
    engine.submit(worker.Job(6, worker.PREVIEW, broken))
    failure = collect(engine, 6)[-1]
    assert failure.failed and "units" in failure.value  # and the engine keeps serving
    with pytest.raises(queue.Empty):
        engine.events.get(timeout=0.5)


@pytest.mark.slow
def test_an_engine_grown_past_its_limit_asks_once_to_be_replaced(digits, monkeypatch):
    monkeypatch.setenv("LAYERLAB_ENGINE_RETIRE_MB", "0")  # read by the new process
    engine = worker.EngineProcess()
    engine.submit(worker.Job(1, worker.PREVIEW, digits))
    assert isinstance(collect(engine, 1)[-1].value, Snapshot)  # the job is answered first
    assert isinstance(engine.events.get(timeout=60).event, worker.Retiring)
    engine.submit(worker.Job(2, worker.PREVIEW, digits))  # it still serves meanwhile
    assert isinstance(collect(engine, 2)[-1].value, Snapshot)
    with pytest.raises(queue.Empty):  # and asked only once
        engine.events.get(timeout=1)
    engine.close()
    engine.process.join(timeout=30)
    assert not engine.alive and engine.process.exitcode == 0


@pytest.mark.slow
def test_an_export_comes_back_as_a_plain_value_and_its_error_as_one_sentence(
    engine, digits, tmp_path
):
    run = tmp_path / "run"
    engine.submit(worker.Job(7, worker.TRAIN, quick(digits, epochs=1), str(run)))
    assert isinstance(collect(engine, 7)[-1].value, Finished)
    target = tmp_path / "model.keras"
    engine.submit(
        worker.Job(8, worker.EXPORT, None, str(run), worker.ExportOptions("keras", str(target)))
    )
    done = collect(engine, 8)[-1]
    assert not done.failed and done.value.ok and done.value.path == target and target.is_file()
    assert type(done.value) is Exported  # the window unpickles it without TensorFlow
    (tmp_path / "plain").write_text("a file, not a folder")
    under_a_file = worker.ExportOptions("onnx", str(tmp_path / "plain" / "model.onnx"))
    engine.submit(worker.Job(9, worker.EXPORT, None, str(run), under_a_file))
    failure = collect(engine, 9)[-1]
    assert failure.failed and failure.value.startswith(f"cannot write {under_a_file.target}")
    assert "\n" not in failure.value and "Traceback" not in failure.value
