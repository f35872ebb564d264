# Plein: `make demo` serves the demo municipality, `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
DEMO_ENV := DJANGO_SETTINGS_MODULE=plein.conf.demo

.PHONY: demo test lint bench install install-test system-deps clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/activate pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

# Debian packages the suite needs: Chromium for the browser tests (Playwright never downloads a
# browser here); Pango, HarfBuzz-subset (WeasyPrint subsets fonts with it, much faster than with
# fontTools) and the DejaVu fonts for printing plans and reports to PDF (WeasyPrint). Only what is
# missing is installed; a machine without dpkg is trusted to have the libraries.
PRINT_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core

system-deps:
	@missing=""; \
	command -v chromium >/dev/null || missing="chromium"; \
	if command -v dpkg-query >/dev/null; then \
		for package in $(PRINT_PACKAGES); do \
			dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "ok installed" || missing="$$missing $$package"; \
		done; \
	fi; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else echo "Installeer eerst:$$missing  (sudo apt-get install$$missing)" >&2; exit 1; fi; \
	fi

demo: install
	$(DEMO_ENV) $(BIN)/plein migrate --noinput
	$(DEMO_ENV) $(BIN)/plein seed --scale demo --if-empty
	@echo "Plein draait op http://127.0.0.1:$(PORT)/  (demo-logins: zie README.md)"
	$(DEMO_ENV) $(BIN)/plein runserver 127.0.0.1:$(PORT)

test: install-test system-deps
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest

lint: install-test
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

# Benchmarks against PostgreSQL at 127.0.0.1:5432 (database plein_bench, the city loaded once and
# reused): BENCH_SCALE=demo make bench for a quick run, BENCH_ARGS=--reseed to reload. See docs/benchmarks.md.
BENCH_SCALE ?= city
bench: install
	$(BIN)/python bench/run.py --scale $(BENCH_SCALE) $(BENCH_ARGS)

clean:
	rm -rf $(VENV) plein.sqlite3* staticfiles
