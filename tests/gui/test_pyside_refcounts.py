"""Regression guard for PySide6 6.12.0 on Python 3.11.

There, every Python-side Signal.emit() dropped a reference to True and pyqtgraph
repaints dropped references to None; a few thousand of either aborted the interpreter
("Fatal Python error: bool_dealloc" / "none_dealloc"). Short GUI tests pass even on the
broken version, so only a long loop catches it, and it runs in a child process so an
abort fails this test instead of killing the suite.
"""

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.slow

LOOP = textwrap.dedent(
    """
    import sys
    import numpy as np
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication
    import pyqtgraph as pg

    app = QApplication([])

    class Source(QObject):
        fired = Signal(bool)
        data = Signal(object)

    source, seen = Source(), []
    source.fired.connect(seen.append)
    source.data.connect(seen.append)
    true_refs, none_refs = sys.getrefcount(True), sys.getrefcount(None)
    for i in range(60_000):
        source.fired.emit(True)
        source.data.emit(None)
    plot = pg.PlotWidget()
    plot.resize(200, 150)
    curve = plot.plot([0, 1], [0], stepMode="center", fillLevel=0, brush=(0, 0, 255))
    x = np.linspace(0, 1, 41)
    for i in range(3_000):
        curve.setData(x, np.arange(40) % (i + 2))
        plot.grab()
    assert len(seen) == 120_000
    print("ok", true_refs, sys.getrefcount(True), none_refs, sys.getrefcount(None))
    """
)


def test_emits_and_repaints_do_not_corrupt_reference_counts():
    done = subprocess.run([sys.executable, "-c", LOOP], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("ok")
