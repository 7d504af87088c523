"""TensorFlow lives in the engine's process: the window's process never imports it."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import sys, time
from gui.app import create_app, open_window

def main():
    app = create_app()
    window = open_window(None)
    window.show()
    end = time.monotonic() + 120
    while not window.browser.snapshots and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    print("preview", bool(window.browser.snapshots))
    print("tensorflow" in sys.modules, "keras" in sys.modules)

if __name__ == "__main__":
    main()
"""


@pytest.mark.slow
def test_the_window_shows_a_preview_without_importing_tensorflow(tmp_path):
    script = tmp_path / "window.py"
    script.write_text(SCRIPT)
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert "preview True" in done.stdout
    assert "False False" in done.stdout  # neither TensorFlow nor Keras in this process
