# cnexport: China 2025 export-control decisions as an OPA policy bundle.
# `make eval` and `make test` are the two commands a newcomer needs; everything else they pull in.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

OPA_VERSION   := v1.20.2
REGAL_VERSION := v0.42.0
COVERAGE_MIN  := 90

# Tools are built from the Go module proxy into a cache this Makefile owns, one folder per version,
# so every clone on the machine reuses them.
CACHE     ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/cnexport
OPA       := $(CACHE)/tools/opa-$(OPA_VERSION)/opa
REGAL     := $(CACHE)/tools/regal-$(REGAL_VERSION)/regal
VENV      := .venv
PY        := $(VENV)/bin/python
BUILD     := build
DATA_OUT  := $(BUILD)/data
OPA_ADDR  ?= 127.0.0.1:8181
export GOTOOLCHAIN := local

POLICY_FILES := $(shell find policies -name '*.rego')
DATA_SOURCES := $(shell find data -name "*.yaml") $(wildcard schemas/*.json schemas/data/*.json) docs/interpretations.md
PY_SOURCES   := $(shell find harness -name '*.py') pyproject.toml

.PHONY: help
help:
	@echo "make eval    decide the example shipments through a real OPA server and print them"
	@echo "make test    static checks, Rego unit tests with coverage, end-to-end tests through OPA"
	@echo "make lint    the static half of make test (fmt, check --strict, regal, data schemas)"
	@echo "make serve   run the sidecar in the foreground on \$$OPA_ADDR ($(OPA_ADDR))"
	@echo "make fuzz    10,000 generated shipments (and 2,500 screen requests) through OPA, violations per invariant"
	@echo "make bench   latency, throughput and memory figures (never part of make test)"
	@echo "make tools   build the pinned OPA and Regal into $(CACHE)/tools"

# ---- toolchain -------------------------------------------------------------------------------

.PHONY: tools
tools: $(OPA) $(REGAL)

$(OPA):
	@mkdir -p $(@D)
	@echo "building OPA $(OPA_VERSION) into $(@D) (once per machine)"
	GOBIN=$(abspath $(@D)) GOFLAGS=-mod=mod go install github.com/open-policy-agent/opa@$(OPA_VERSION)
	@$@ version | grep -q '^Version: $(OPA_VERSION:v%=%)$$' || { echo "unexpected OPA version"; rm -f $@; exit 1; }

# The proxy refuses Regal's version list, which `go install regal@VERSION` asks for; the pinned
# module in tools/regal (go.mod and go.sum) builds the same tagged version without that request.
# Built that way Regal reports its version as unknown, so the check reads the module's build info.
$(REGAL): | tools/regal/go.mod
	@mkdir -p $(@D)
	@echo "building Regal $(REGAL_VERSION) into $(@D) (once per machine)"
	cd tools/regal && GOBIN=$(abspath $(@D)) GOFLAGS=-mod=readonly go install github.com/open-policy-agent/regal
	@go version -m $@ | grep -qE 'mod[[:space:]]+github.com/open-policy-agent/regal[[:space:]]+$(REGAL_VERSION)[[:space:]]' \
	  || { echo "unexpected Regal version"; rm -f $@; exit 1; }

$(VENV)/.installed: requirements.lock pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

.PHONY: venv
venv: $(VENV)/.installed

# ---- data ------------------------------------------------------------------------------------

# Reference data is validated against its schemas and compiled into what OPA loads.
$(DATA_OUT)/.built: $(DATA_SOURCES) $(PY_SOURCES) $(VENV)/.installed
	$(PY) -m cnexport.databuild --out $(DATA_OUT)
	@touch $@

.PHONY: data
data: $(DATA_OUT)/.built

# ---- static checks ---------------------------------------------------------------------------

.PHONY: lint fmt
lint: $(OPA) $(REGAL) data
	$(OPA) fmt --list --fail policies
	$(OPA) check --strict --schema $(BUILD)/schemas policies $(DATA_OUT)
	$(REGAL) lint --format pretty policies
	CNEXPORT_OPA=$(OPA) $(PY) -m cnexport.citations policies
	@echo "lint: fmt, check --strict with schemas, regal, METADATA citations and data schemas all pass"

fmt: $(OPA)
	$(OPA) fmt --write policies

# ---- tests -----------------------------------------------------------------------------------

.PHONY: test unit e2e fuzz
test: lint unit e2e

unit: $(OPA) data
	@mkdir -p $(BUILD)
	@$(OPA) test --coverage --threshold $(COVERAGE_MIN) policies $(DATA_OUT) > $(BUILD)/coverage.json \
	  || { $(PY) -m cnexport.coverage $(BUILD)/coverage.json $(COVERAGE_MIN); \
	       $(OPA) test policies $(DATA_OUT) | tail -40; exit 1; }
	@$(OPA) test policies $(DATA_OUT) | tail -1
	@$(PY) -m cnexport.coverage $(BUILD)/coverage.json $(COVERAGE_MIN)

e2e: $(OPA) data
	CNEXPORT_OPA=$(OPA) $(PY) -m pytest -q

# The same invariants as tests/test_generated.py, on many more documents; FUZZ_DOCUMENTS to change.
FUZZ_DOCUMENTS ?= 10000
fuzz: $(OPA) data
	CNEXPORT_OPA=$(OPA) $(PY) tests/fuzz.py $(FUZZ_DOCUMENTS)

# ---- running ---------------------------------------------------------------------------------

.PHONY: eval serve bench
eval: $(OPA) data
	CNEXPORT_OPA=$(OPA) $(VENV)/bin/cnexport decide examples/*.json

serve: $(OPA) data
	$(OPA) run --server --addr $(OPA_ADDR) --ignore '*_test.rego' policies $(DATA_OUT)

bench: $(OPA) data
	CNEXPORT_OPA=$(OPA) $(PY) -m cnexport.bench --out $(BUILD)/bench.json

.PHONY: clean
clean:
	rm -rf $(BUILD) $(VENV) .pytest_cache
