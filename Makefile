# Two commands for everyone: `make run` and `make test` (see README.md).
# Both create .venv on first use and are safe to repeat.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
# The stamp files make re-runs cheap: pip runs again only when pyproject.toml changes.
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
TS_FILES := $(wildcard assets/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test lint translations samples clean help

help:
	@echo "make run   - install into .venv (first time) and open the application"
	@echo "make test  - install with test extras and run ruff, import contracts and the test suite"

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@ $(RUN_STAMP)

# .qm files are built from the Qt Linguist sources, never edited or committed.
assets/i18n/%.qm: assets/i18n/%.ts | $(RUN_STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

samples: $(RUN_STAMP)
	$(PY) -m app samples ensure

run: $(RUN_STAMP) translations
	$(PY) -m app

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

test: $(TEST_STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

clean:
	rm -rf $(VENV) assets/i18n/*.qm .pytest_cache .ruff_cache
