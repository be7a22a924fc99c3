# coinrails: `make` runs the main job (spec gate + generation check), `make test` runs every test.
# Every target that needs tools bootstraps them itself: a local .venv from requirements/tools.txt
# (exact pins) and node_modules from package-lock.json.

PYTHON   ?= python3
VENV     := .venv
BIN      := $(VENV)/bin
PY       := $(BIN)/python
# A spec takes part once overrides/<name>/generator.yaml exists (the mock control API is one of them).
PROVIDERS := $(patsubst overrides/%/generator.yaml,%,$(wildcard overrides/*/generator.yaml))
SPECS    := $(PROVIDERS:%=specs/%.yaml)
CLIENTS  := $(PROVIDERS:%=%-client)   # convention: generated/<provider>-client, package <provider>_client
export PATH := $(abspath $(BIN)):$(abspath node_modules/.bin):$(PATH)

.PHONY: all setup generate check-generated lint lint-specs lint-code typecheck package-check test unit contract mutation mock bench docs docs-asyncapi clean

# The main job: the spec gate, the generation check, and every provider's contract suite.
all: lint check-generated contract

# --- set-up ------------------------------------------------------------------------------------
$(BIN)/.installed: requirements/tools.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/tools.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(BIN)/.clients: $(BIN)/.installed $(wildcard generated/*/pyproject.toml)
	for c in $(CLIENTS); do $(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e generated/$$c || exit 1; done
	touch $@

setup: $(BIN)/.installed node_modules/.installed $(BIN)/.clients

# --- generation ------------------------------------------------------------------------------------
generate: $(BIN)/.installed
	for p in $(PROVIDERS); do $(PY) -m overrides.codegen.generate $$p || exit 1; done

check-generated: $(BIN)/.installed
	rm -rf .coinrails/check && mkdir -p .coinrails/check
	for p in $(PROVIDERS); do $(PY) -m overrides.codegen.generate $$p --out .coinrails/check || exit 1; done
	diff -r --exclude=.ruff_cache --exclude=__pycache__ --exclude='*.egg-info' .coinrails/check generated \
	  || { echo "generated/ is stale: run 'make generate' and commit the result"; exit 1; }
	@echo "generated/ matches specs/ + overrides/"

# AsyncAPI documents (WebSocket APIs); their payload schemas $ref specs/<provider>.yaml. The CLI's telemetry is off.
ASYNCAPI_SPECS := $(wildcard specs/*-ws.yaml)
export ASYNCAPI_METRICS := false

# --- gates -------------------------------------------------------------------------------------------
lint: lint-specs lint-code typecheck

lint-specs: $(BIN)/.installed node_modules/.installed
	for s in $(SPECS); do $(BIN)/openapi-spec-validator $$s || exit 1; done
	redocly lint --format=stylish $(SPECS)
	$(PY) -m tools.check_examples $(SPECS)
	cd specs && for s in $(ASYNCAPI_SPECS:specs/%=%); do asyncapi validate $$s --fail-severity=warn || exit 1; done

lint-code: $(BIN)/.installed
	$(BIN)/ruff check overrides tools tests coinrails_mock contract_tests benchmarks
	$(BIN)/ruff format --check overrides tools tests coinrails_mock contract_tests benchmarks

typecheck: $(BIN)/.clients
	for c in $(CLIENTS); do (cd generated/$$c && ../../$(BIN)/mypy --strict --cache-dir ../../.coinrails/mypy-$$c $$(echo $$c | tr - _)) || exit 1; done

# A fresh virtualenv installs each client from its folder and imports it.
package-check: $(BIN)/.installed
	for c in $(CLIENTS); do \
	  rm -rf .coinrails/pkgenv && $(PYTHON) -m venv .coinrails/pkgenv && \
	  .coinrails/pkgenv/bin/pip install --quiet --disable-pip-version-check ./generated/$$c && \
	  .coinrails/pkgenv/bin/python -c "import $$(echo $$c | tr - _) as m; print('installed and imported', m.__name__)" || exit 1; \
	done

# --- tests -----------------------------------------------------------------------------------------
# Contract suites: schemathesis + typed-client end-to-end, per provider (contract_tests/<provider>/),
# against each provider's mock (or <PROVIDER>_BASE_URL + credentials when set).
# `make contract PROVIDER=ceffu` runs one; ARGS go to pytest (`ARGS="-k withdraw"`). Needs Python only (no Node).
# One line per test (operation, state machine, check); no test may run longer than CONTRACT_TIMEOUT seconds.
# Reports: reports/contract/junit.xml, report.html and coverage-<provider>.{md,json} (the run fails when an
# operation lost its validated success).
CONTRACT_PROVIDERS := $(filter-out mock-control,$(PROVIDERS))
PROVIDER ?=
ARGS ?=
CONTRACT_TIMEOUT ?= 600
contract: $(BIN)/.installed $(BIN)/.clients
	mkdir -p reports/contract
	$(BIN)/pytest $(if $(PROVIDER),contract_tests/$(PROVIDER),$(CONTRACT_PROVIDERS:%=contract_tests/%) contract_tests/test_mutants.py) \
	  -vv --timeout=$(CONTRACT_TIMEOUT) \
	  --junitxml=reports/contract/junit$(if $(PROVIDER),-$(PROVIDER)).xml \
	  --html=reports/contract/report$(if $(PROVIDER),-$(PROVIDER)).html --self-contained-html $(ARGS)

# Mutation testing: every behaviour mutant of contract_tests/mutants/<provider>.yaml applied to the mock (strict
# self-check off), the provider's contract suite run against each; reports/mutation/<provider>.{md,json}.
# Fails below a 95 % kill rate or on a survivor the catalogue does not explain. Long: not part of `make test`
# (which runs a smoke of it, contract_tests/test_mutants.py). `make mutation PROVIDER=ceffu ARGS=...`.
mutation: setup
	$(PY) -m contract_tests.mutation $(if $(PROVIDER),--provider $(PROVIDER)) $(if $(ARGS),-- $(ARGS))

# Unit, mock and resilience tests (tests/).
unit: setup
	$(BIN)/pytest tests

test: setup lint check-generated package-check unit contract

# --- mocks ---------------------------------------------------------------------------------------
# Every provider's mock on its own port (ceffu 8101, bitunix 8102, xcurrency 8103, cryptofuse 8104).
mock: $(BIN)/.installed
	$(BIN)/coinrails-mock serve --all --host 127.0.0.1

# --- docs ------------------------------------------------------------------------------------------
# An HTML API reference per spec (Redocly build-docs, prerendered): reports/docs/<spec>.html.
# A running mock serves its own at /_mock/docs and its spec at /_mock/openapi.yaml.
DOCS_DIR ?= reports/docs
docs: node_modules/.installed docs-asyncapi
	mkdir -p $(DOCS_DIR)
	for s in $(SPECS); do redocly build-docs $$s --output $(DOCS_DIR)/$$(basename $$s .yaml).html || exit 1; done

# --- benchmarks ------------------------------------------------------------------------------------
# Loopback only; drives the servers with wrk (Debian package). Writes reports/bench/results.md, PNG + SVG
# plots, and each mock's cProfile summary and py-spy flame graph (benchmarks/profile.py).
# BENCH_ARGS: options of `python -m benchmarks --help` (e.g. --baseline <other checkout> for before/after in the
# same rounds). BENCH_SIZES: the state-size curve's record counts (default 1000,10000,100000; e.g.
# `BENCH_SIZES=1000,10000 make bench` for a quick run). BENCH_SCRIPTS: further self-contained benchmark
# modules (benchmarks/*_bench.py, e.g. ws_bench.py), each run as `python -m benchmarks.<name>` afterwards.
BENCH_ARGS ?=
BENCH_SCRIPTS ?= $(wildcard benchmarks/*_bench.py)
bench: setup node_modules/.installed
	@command -v wrk >/dev/null || { echo "wrk is missing: install it with 'apt-get update && apt-get install -y wrk'"; exit 1; }
	$(PY) -m benchmarks $(BENCH_ARGS)
	$(PY) -m benchmarks.profile
	for s in $(BENCH_SCRIPTS); do $(PY) -m benchmarks.$$(basename $$s .py) || exit 1; done

# reports/docs/<name>.html per AsyncAPI document: bundled (refs into the REST spec inlined) by @asyncapi/cli, rendered
# by tools/asyncapi_html.py with @asyncapi/react-component's standalone bundle (pinned in package.json).
docs-asyncapi: $(BIN)/.installed node_modules/.installed
	mkdir -p reports/docs .coinrails
	for s in $(ASYNCAPI_SPECS:specs/%.yaml=%); do \
	  (cd specs && asyncapi bundle $$s.yaml -o ../.coinrails/$$s.bundled.json) && \
	  asyncapi validate .coinrails/$$s.bundled.json --fail-severity=warn >/dev/null && \
	  $(PY) -m tools.asyncapi_html .coinrails/$$s.bundled.json reports/docs/$$s.html || exit 1; \
	done

clean:
	rm -rf $(VENV) node_modules .coinrails reports
