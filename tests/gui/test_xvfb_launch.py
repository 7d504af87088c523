"""Launch LayerLab as a user would, on a real X server, and look at the screen."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]

GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(["grab", "-platform", "xcb"])
image = app.primaryScreen().grabWindow(0).toImage()
image.save(sys.argv[1])
step = 4
colours = {
    image.pixel(x, y)
    for x in range(0, image.width(), step)
    for y in range(0, image.height(), step)
}
print(image.width(), image.height(), len(colours))
"""


@pytest.fixture
def xserver():
    if shutil.which("Xvfb") is None or shutil.which("xwininfo") is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb and xwininfo must be installed in CI (see .ci/run)")
        pytest.skip("Xvfb or xwininfo is not installed")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x860x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    yield display
    server.terminate()
    server.wait(timeout=10)


def windows(display: str) -> str:
    done = subprocess.run(
        ["xwininfo", "-root", "-tree"],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=10,
    )
    return done.stdout


def test_window_appears_and_is_not_blank(xserver, tmp_path):
    env = {
        **os.environ,
        "DISPLAY": xserver,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # no settings or recovery file of the user's
    }
    launched = time.perf_counter()
    app = subprocess.Popen(
        [sys.executable, "main.py"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        appeared = None
        while time.perf_counter() - launched < 60 and app.poll() is None:
            if "LayerLab" in windows(xserver):
                appeared = time.perf_counter() - launched
                break
            time.sleep(0.05)
        assert appeared is not None, "the LayerLab window never appeared"
        time.sleep(2.0)  # let it paint (and the engine finish loading)
        shot = tmp_path / "launch.png"
        grab = subprocess.run(
            [sys.executable, "-c", GRAB, str(shot)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert grab.returncode == 0, grab.stderr
        width, height, colours = map(int, grab.stdout.split())
        assert (width, height) == (1280, 860)
        assert colours > 50, f"the screen looks blank ({colours} colours)"
        assert app.poll() is None, "LayerLab exited on its own"
        print(f"window appeared {appeared:.2f} s after launch; {colours} colours")
        keep = os.environ.get("LAYERLAB_SCREENSHOT_DIR")
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, Path(keep) / "xvfb-launch.png")
            (Path(keep) / "xvfb-launch.txt").write_text(f"{appeared:.3f}\n")
    finally:
        app.terminate()
        output = app.communicate(timeout=30)[0]
    assert "Traceback" not in output, output
