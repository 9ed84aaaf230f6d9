# The two commands a user needs: `make run` (the chat on the bundled corpus) and
# `make test` (the whole suite). Both set everything up on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 7860

.PHONY: install model index run test lint browser bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	# The CPU build of torch, pinned first so nothing pulls the CUDA wheels.
	$(PY) -m pip install torch==2.13.0
	$(PY) -m pip install -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Ray for the tests of `index --ray`: an optional extra, which `make run` does without.
CLUSTER := $(VENV)/.cluster
$(CLUSTER): $(STAMP)
	$(PY) -m pip install -e '.[cluster]'
	touch $(CLUSTER)

model: install
	$(PY) -m paddockqa prepare-model

index: model
	$(PY) -m paddockqa index

run: model
	$(PY) -m paddockqa serve --port $(PORT)

browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser test..."; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: model browser $(CLUSTER)
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/mypy

PIAF ?= ../shared/data/piaf
PIAF_DEV ?= ../shared/data/piaf-dev

bench: model
	$(PY) -m pip install -q -e '.[test,bench]'
	$(PY) benchmarks/run.py
	$(PY) benchmarks/side_by_side.py --dataset $(PIAF_DEV)
	$(PY) benchmarks/calibrate_refusal.py --dataset $(PIAF)
	$(PY) benchmarks/calibrate_reader.py --dataset $(PIAF_DEV) --read 2

eval: model
	$(PY) -m paddockqa eval --dataset eval/press
	$(PY) -m paddockqa eval --dataset $(PIAF)

clean:
	rm -rf $(VENV) index/gen-* index/CURRENT index/.lock
