# Two commands for a new user: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint typecheck layers pytest bundle linux-package check-bundle sandbox bench schema clean translations

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

# Many tests start `invoice-desk` processes. Where PYTHONDONTWRITEBYTECODE is set (it is on these
# machines) none writes its bytecode, so each compiled the package again from source (~0.25 s
# of a 1.2 s start): it is compiled once first.
pytest: $(STAMP)
	$(BIN)/python -m compileall -q desktop
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

## A sandbox Zoho CRM on loopback, for trying the import without a Zoho account.
sandbox: $(STAMP)
	$(BIN)/invoice-desk sandbox --port 8765

bench: $(STAMP)
	$(BIN)/python bench/sync_bench.py

## Developers: extract, update and compile every catalogue — gettext (Babel) for documents and
## emails under resources/locale, Qt Linguist for the window under resources/translations. The
## compiled .mo/.qm files are committed; tests/test_translations.py fails when one is stale or a
## text lacks a translation. Translate the new entries (.po: msgstr; .ts: Qt Linguist), run again.
LOCALES    := resources/locale
QT_CATALOGUES := $(foreach lang,de fr es,resources/translations/invoice_desk_$(lang).ts)
translations: $(STAMP)
	$(BIN)/pybabel extract -F $(LOCALES)/babel.cfg -k N_ --no-location --sort-output \
		--project "Invoice Desk" --copyright-holder "Invoice Desk" -o $(LOCALES)/invoice_desk.pot .
	$(BIN)/pybabel update -i $(LOCALES)/invoice_desk.pot -d $(LOCALES) -D invoice_desk -N \
		--no-wrap --ignore-pot-creation-date
	$(BIN)/pybabel compile -d $(LOCALES) -D invoice_desk --statistics
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none desktop/ui -ts $(QT_CATALOGUES)
	$(BIN)/pyside6-lrelease $(QT_CATALOGUES)

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
