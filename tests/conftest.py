"""Suite-wide settings: headless Qt, TensorFlow backend, no user data touched."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import pytest

from core.model import spec, templates


@pytest.fixture(autouse=True)
def _private_data_home(tmp_path, monkeypatch):
    """Runs made by the window go to a temporary folder, never the user's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


@pytest.fixture
def digits() -> spec.Experiment:
    return templates.default_experiment()
