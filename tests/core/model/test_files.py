"""Atomic writes: the old file stays whole whatever happens during a write."""

import os
import signal
import subprocess
import sys
import time

import pytest

from core.model import files


def test_a_write_replaces_the_file_with_ordinary_permissions(tmp_path):
    target = tmp_path / "e.json"
    files.write_text(target, "첫 번째")
    files.write_text(target, "두 번째")
    assert target.read_text(encoding="utf-8") == "두 번째"
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == ["e.json"]


def test_a_writer_that_fails_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "h.npz"
    target.write_bytes(b"old")

    def broken(path):
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(files.WriteError, match=r"h\.npz: No space left on device"):
        files.write_with(target, broken)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["h.npz"]


def test_a_kill_during_a_write_leaves_the_old_file_whole(tmp_path):
    target = tmp_path / "e.json"
    target.write_text("old", encoding="utf-8")
    code = (
        "import sys, time\n"
        "from core.model import files\n"
        "def slow(path):\n"
        "    path.write_text('half', encoding='utf-8')\n"
        "    print('writing', flush=True)\n"
        "    time.sleep(60)\n"
        "files.write_with(sys.argv[1], slow)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "writing"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    time.sleep(0.1)
    assert target.read_text(encoding="utf-8") == "old"
