PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install test lint codegen codegen-check demo bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	# Byte-compiled once, as a wheel install is: the CLI tests start promosdk in many subprocesses,
	# which otherwise compile it anew each time when PYTHONDONTWRITEBYTECODE is set.
	$(BIN)/python -m compileall -q src/promosdk >/dev/null
	# Two worker processes: 573 s -> 313 s on 2 cores (the slow tests wait on subprocesses and sockets).
	$(BIN)/python -m pytest -q -n 2

lint: $(STAMP)
	$(BIN)/ruff check src codegen tests benchmarks
	$(BIN)/mypy
	# The README's Python blocks, as printed, each a complete module under mypy --strict.
	rm -rf build/readme && $(BIN)/python -m tests.readme_blocks build/readme >/dev/null
	$(BIN)/mypy --strict build/readme

codegen: $(STAMP)
	$(BIN)/python -m codegen

codegen-check: $(STAMP)
	$(BIN)/python -m codegen --check

# The demo has its own small venv: the runtime plus the [cli] extra, nothing of the dev set, so that
# `make demo` on a fresh clone installs in seconds. Editable, so it runs the work tree's code;
# --no-compile: byte-compiling all of Pygments costs more than the few modules the demo imports.
DEMO_VENV := .venv-demo
DEMO_STAMP := $(DEMO_VENV)/.installed

$(DEMO_STAMP): pyproject.toml
	$(PYTHON) -m venv $(DEMO_VENV)
	$(DEMO_VENV)/bin/pip install --quiet --disable-pip-version-check --no-compile -e '.[cli]'
	touch $(DEMO_STAMP)

demo: $(DEMO_STAMP)
	$(DEMO_VENV)/bin/promosdk demo

BENCH_STAMP := $(VENV)/.bench-installed

$(BENCH_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) $(DEMO_VENV) build dist .mypy_cache .ruff_cache
