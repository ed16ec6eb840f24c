# duebot: `make demo` and `make test` each do all the set-up a fresh machine needs.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck unit bench install clean dovecot model

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/duebot demo

dovecot:
	bash scripts/ensure-dovecot.sh

lint: $(STAMP)
	$(VENV)/bin/ruff check bot tests bench scripts

typecheck: $(STAMP)
	$(VENV)/bin/mypy

unit: $(STAMP)
	$(PY) -m pytest -q

test: $(STAMP) dovecot lint typecheck unit

bench: $(STAMP) dovecot
	for b in bench/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

# Train the reader's word model again after the labelled replies change (a test says when).
model: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,train]'
	$(PY) scripts/train_word_model.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache *.egg-info
