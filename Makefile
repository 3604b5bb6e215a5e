# Two commands for a new user: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint typecheck layers pytest bundle linux-package check-bundle sandbox bench schema clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip >/dev/null

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e '.[dev]'
	touch $(STAMP)

## Set up (once) and start the app.
run: $(STAMP)
	$(BIN)/invoice-desk

## Set up (once) and run every check: lint, layer contracts, types, tests (offscreen).
test: $(STAMP) lint layers typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check desktop tests bench

layers: $(STAMP)
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy desktop

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

## A sandbox Zoho CRM on loopback, for trying the import without a Zoho account.
sandbox: $(STAMP)
	$(BIN)/invoice-desk sandbox --port 8765

bench: $(STAMP)
	$(BIN)/python bench/sync_bench.py

## Regenerate the first Alembic migration from the records (before the first release only).
schema: $(STAMP)
	$(BIN)/python -m desktop.persistence.regenerate_initial_migration

## The one-folder application in dist/invoice-desk (PyInstaller; README "Packaging").
bundle: $(VENV)/.bundle-installed
	$(BIN)/pyinstaller --noconfirm --log-level WARN --workpath build/work --distpath dist pyinstaller.spec

$(VENV)/.bundle-installed: $(STAMP)
	$(BIN)/python -m pip install -e '.[bundle]'
	touch $@

## The Linux installer: dist/invoice-desk-VERSION-linux-ARCH.tar.gz (install.sh, menu entry, icons).
linux-package: bundle
	build/linux/make-tarball

## Slow: build the bundle, run its --self-test (offscreen, Secret Service, Xvfb), install the package.
check-bundle:
	build/check-bundle

clean:
	rm -rf build/work dist .pytest_cache .mypy_cache .ruff_cache
