# LayerLab: `make run` opens the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
# The stamp names the pyproject.toml it was installed from, so edits reinstall.
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
# The translations: .ts sources are committed, the .qm files Qt loads are built here.
TS     := $(wildcard resources/i18n/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test lint format bench screenshot wheel-check translations gpu clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "LayerLab needs Python 3.11 or newer")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

%.qm: %.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After changing user-visible strings: collect them into the .ts files, then translate
# the new ones (pyside6-linguist, or by hand) and run `make test`.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none -extensions py main.py cli_parsers.py core gui -ts $(TS)

run: $(STAMP) $(QM)
	$(PY) main.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

test: lint $(QM)
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

wheel-check: $(STAMP) $(QM)
	bash .ci/wheel-check

screenshot: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m gui.screenshot docs/screenshot.png

# TensorFlow's CUDA build in place of the CPU one (not run on a GPU here: see README).
gpu: $(STAMP)
	$(PY) -m pip install --quiet -e ".[gpu]"
	$(PY) -m pip uninstall --yes tensorflow-cpu
	$(PY) -m pip install --quiet --force-reinstall --no-deps "tensorflow>=2.18,<2.22"

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
