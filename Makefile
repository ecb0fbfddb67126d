# Parley — two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB := examples/demo.duckdb

.PHONY: install demo test test-fast kill-points fuzz serve lint browser clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (Python 3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Code the bundled example, print a readable summary, write the JSON beside it, build the demo store.
demo: install
	$(BIN)/parley code examples/lavrov-antalya.txt --published 2022-03-10 --format pretty \
		-o examples/lavrov-antalya.coded.json
	@if $(BIN)/parley --help | grep -q ' ingest '; then \
		rm -f $(DEMO_DB); \
		$(BIN)/parley ingest examples/lavrov-antalya.txt --published 2022-03-10 --db $(DEMO_DB); \
	fi
	@echo ""
	@echo "Next:"
	@echo "  make serve                                   # browse the demo store at http://127.0.0.1:8000/"
	@echo "  $(BIN)/parley ingest YOUR_NEWS/ --db $(DEMO_DB)   # add your own articles (txt, html, jsonl, csv, warc, rss)"
	@echo "  $(BIN)/parley export --format csv --db $(DEMO_DB) -o events.csv"

# Debian's Chromium for the browser tests (Playwright cannot download its own browser here).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

test: install browser lint
	$(BIN)/pytest -q

test-fast: install lint
	$(BIN)/pytest -q -m "not slow"

# kill -9 at 20 points each of ingest, batch (driver alone, whole group) and load, each followed
# by a rerun that must equal a clean run (a table; non-zero exit on any mismatch). CI runs it
# after `make test`: 3 to 5 minutes on a shared 2-core machine, so it is not part of pytest.
kill-points: install
	$(BIN)/python scripts/kill_points.py

# coverage-guided fuzzing of the readers, 120 s per format (docs/ingest.md)
fuzz: install
	PYTHON=$(BIN)/python fuzz/run_all.sh 120

serve: install
	$(BIN)/parley serve --db $(DEMO_DB)

# ruff (pyproject.toml's rules) on all the Python here, then mypy on src/parley
lint: install
	$(BIN)/ruff check src tests benchmarks scripts fuzz
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache $(DEMO_DB)
