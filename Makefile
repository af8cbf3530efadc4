# Two commands on a fresh machine: `make run` (the tracker on SQLite with sample data) and
# `make test` (ruff and the whole test suite). Everything is installed into .venv.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000
PO := $(wildcard tracker/translations/*/LC_MESSAGES/messages.po)
MO := $(PO:.po=.mo)

.PHONY: install install-dev run test test-postgres lint bench translations clean chromium

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

%.mo: %.po $(VENV)/.installed
	$(BIN)/pybabel compile --use-fuzzy -i $< -o $@

translations: $(MO)

## install: the tracker and its `tracker` command in .venv/bin
install: $(VENV)/.installed translations

install-dev: install $(VENV)/.installed-dev

## run: migrate the embedded SQLite database, load the sample data, serve on :5000 with the scheduler
run: install
	$(BIN)/tracker db upgrade
	$(BIN)/tracker load-sample
	$(BIN)/tracker run --host $(HOST) --port $(PORT)

## test: lint and the whole suite (SQLite; TRACKER_TEST_DATABASE_URL=postgresql://… for PostgreSQL)
test: install-dev
	$(BIN)/ruff check .
	$(BIN)/pytest

## test-postgres: the suite against a throwaway database on the local PostgreSQL server
test-postgres: install-dev
	TRACKER_TEST_DATABASE_URL=$${TRACKER_TEST_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres} $(BIN)/pytest

## chromium: Debian's browser for the browser tests (as root; CI runs as root)
chromium:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

lint: install-dev
	$(BIN)/ruff check .

## bench: the performance figures quoted in the README (BENCH_ARGS=--quick: a smoke-sized run)
bench: install-dev
	$(BIN)/python -m benchmarks $(BENCH_ARGS)

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache .hypothesis
