# Two entry points for a fresh clone: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint eval train train-tagger lock clean browser

# The lock is installed exactly as written. --no-deps: pip resolves nothing, so what the registry
# publishes later (a newer lxml for justext's `lxml[html_clean]`, say) cannot change or break the
# install, whichever pip the venv starts with. `pip check` then fails loudly if the lock is missing
# a dependency; tests/test_install.py checks the same from the lock file itself.
PIP := $(BIN)/python -m pip --disable-pip-version-check
$(STAMP): requirements.lock pyproject.toml
	rm -f $(STAMP)
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --no-deps --require-hashes -r requirements.lock
	$(PIP) check
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	$(PIP) check
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsledger demo

test: $(STAMP) browser
	$(BIN)/ruff check src tests eval benchmarks scripts training
	$(BIN)/python -m pytest -q

# The web view's browser tests drive Debian's chromium (Playwright's own download is not used).
# Installed when possible (root with apt-get); otherwise those tests skip and say why.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
		echo "make: chromium is not installed and could not be: browser tests will be skipped"

lint: $(STAMP)
	$(BIN)/ruff check src tests eval benchmarks scripts training
	$(BIN)/ruff format --check src tests eval benchmarks scripts training

eval: $(STAMP)
	$(BIN)/python -m eval.ner

# Rebuild the shipped learned models from ../shared (PolNeAR, PLV_train); about an hour, most
# of it the attribution tagger. CI never trains.
train: train-tagger $(STAMP)
	$(BIN)/python -m training.attribution
	$(BIN)/python -m training.events

# The tagger trains in its own venv (torch, transformers: requirements-train.lock); runtime
# needs neither. About 35 minutes on 2 cores.
TRAIN_VENV := .venv-train
$(TRAIN_VENV)/.installed: requirements.lock requirements-train.lock pyproject.toml
	rm -f $@
	$(PYTHON) -m venv $(TRAIN_VENV)
	$(TRAIN_VENV)/bin/python -m pip --disable-pip-version-check install --quiet --no-deps \
		--require-hashes -r requirements.lock -r requirements-train.lock
	$(TRAIN_VENV)/bin/python -m pip --disable-pip-version-check install --quiet --no-deps \
		--no-build-isolation -e .
	touch $@

train-tagger: $(TRAIN_VENV)/.installed
	$(TRAIN_VENV)/bin/python -m training.attribution_tagger

# Re-pin every dependency with hashes (needs `uv` on PATH).
lock:
	uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 \
		--python-platform x86_64-unknown-linux-gnu -o requirements.lock

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .ruff_cache
