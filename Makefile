# LayerLab: `make run` opens the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
# The stamp names the pyproject.toml it was installed from, so edits reinstall.
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test lint format bench screenshot wheel-check gpu clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "LayerLab needs Python 3.11 or newer")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: $(STAMP)
	$(PY) -m bench.overhead
	$(PY) -m bench.runs_and_sweeps
	$(PY) -m bench.streaming
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.gui
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.editor

wheel-check: $(STAMP)
	bash .ci/wheel-check

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m gui.screenshot docs/screenshot.png

# TensorFlow's CUDA build in place of the CPU one (not run on a GPU here: see README).
gpu: $(STAMP)
	$(PY) -m pip install --quiet -e ".[gpu]"
	$(PY) -m pip uninstall --yes tensorflow-cpu
	$(PY) -m pip install --quiet --force-reinstall --no-deps "tensorflow>=2.18,<2.22"

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
