# cnexport: China 2025 export-control decisions as an OPA policy bundle.
# `make eval` and `make test` are the two commands a newcomer needs; everything else they pull in.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

OPA_VERSION   := v1.20.2
REGAL_VERSION := v0.42.0
COVERAGE_MIN  := 90
# A Rego test is stopped after this long (OPA's default, 5 s, failed tests on a loaded machine). It
# only catches a test that never ends: speed is measured by `make bench`, never by tests.
OPA_TEST_TIMEOUT := 300s

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
OPA_DIAGNOSTIC_ADDR ?= 127.0.0.1:8282
# Bundle signing: a development key pair made on first use (never committed: build/ is ignored).
# A production release passes its own, e.g. `make bundle SIGNING_KEY=... VERIFICATION_KEY=...`.
KEYS             := $(BUILD)/keys
SIGNING_KEY      ?= $(KEYS)/bundle-signing.pem
VERIFICATION_KEY ?= $(KEYS)/bundle-verification.pem
BUNDLES          := $(BUILD)/cnexport.tar.gz $(BUILD)/cnexport-reference.tar.gz
TOKEN_FILE       := $(BUILD)/serve.token
# Go's garbage collector target for OPA (why: GOGC in harness/cnexport/opa.py, which holds the same).
OPA_GOGC         := 400
# The heap Go keeps OPA under (why: GOMEMLIMIT in harness/cnexport/opa.py, which holds the same).
OPA_GOMEMLIMIT   := 250MiB
export GOTOOLCHAIN := local

POLICY_FILES := $(shell find policies -name '*.rego')
DATA_SOURCES := $(shell find data -name "*.yaml") $(wildcard schemas/*.json schemas/data/*.json schemas/built/*.json) docs/interpretations.md
PY_SOURCES   := $(shell find harness -name '*.py') pyproject.toml

.PHONY: help
help:
	@echo "make eval    decide the example shipments through a real OPA server and print them"
	@echo "make test    static checks, Rego unit tests with coverage, end-to-end tests through OPA"
	@echo "make lint    the static half of make test (fmt, check --strict, regal, ruff, citations, data schemas, timeline)"
	@echo "make bundle  build and sign the policy and reference-data bundles into $(BUILD)/"
	@echo "make serve   run the locked-down sidecar from the signed bundles on \$$OPA_ADDR ($(OPA_ADDR)),"
	@echo "             health and metrics on \$$OPA_DIAGNOSTIC_ADDR ($(OPA_DIAGNOSTIC_ADDR))"
	@echo "make fuzz    10,000 generated shipments (and 2,500 screen requests) through OPA, violations per invariant"
	@echo "make bench   latency, throughput and memory figures (never part of make test)"
	@echo "make tools   build the pinned OPA and Regal into $(CACHE)/tools"
	@echo "make expectations  regenerate the examples' expected decisions from OPA, printing every change"

# ---- toolchain -------------------------------------------------------------------------------

.PHONY: tools
tools: $(OPA) $(REGAL)

# A tool is built into a temporary folder beside its own, checked there, and renamed into place: an
# interrupted or failed build leaves nothing behind, and two makes sharing the cache never run or
# delete a binary the other is writing. A check reads the tool's whole output before matching it
# (`tool | grep -q` under pipefail fails when grep stops reading first and the tool gets SIGPIPE).
$(OPA):
	@mkdir -p $(@D)
	@echo "building OPA $(OPA_VERSION) into $(@D) (once per machine)"
	@tmp=$$(mktemp -d $(abspath $(@D))/.build.XXXXXX); trap 'rm -rf "$$tmp"' EXIT; \
	  GOBIN=$$tmp GOFLAGS=-mod=mod go install github.com/open-policy-agent/opa@$(OPA_VERSION); \
	  grep -qx 'Version: $(OPA_VERSION:v%=%)' <<< "$$($$tmp/opa version)" || { echo "unexpected OPA version"; exit 1; }; \
	  mv -f $$tmp/opa $@

# The proxy refuses Regal's version list, which `go install regal@VERSION` asks for; the pinned
# module in tools/regal (go.mod and go.sum) builds the same tagged version without that request.
# Built that way Regal reports its version as unknown, so the check reads the module's build info.
$(REGAL): | tools/regal/go.mod
	@mkdir -p $(@D)
	@echo "building Regal $(REGAL_VERSION) into $(@D) (once per machine)"
	@tmp=$$(mktemp -d $(abspath $(@D))/.build.XXXXXX); trap 'rm -rf "$$tmp"' EXIT; \
	  (cd tools/regal && GOBIN=$$tmp GOFLAGS=-mod=readonly go install github.com/open-policy-agent/regal); \
	  grep -qE 'mod[[:space:]]+github.com/open-policy-agent/regal[[:space:]]+$(REGAL_VERSION)[[:space:]]' <<< "$$(go version -m $$tmp/regal)" \
	    || { echo "unexpected Regal version"; exit 1; }; \
	  mv -f $$tmp/regal $@

$(VENV)/.installed: requirements.lock pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

.PHONY: venv
venv: $(VENV)/.installed $(VENV)/bin/opa

# The CLI finds the OPA the Makefile built beside its own Python, so that `.venv/bin/cnexport` works
# in a shell with nothing exported.
$(VENV)/bin/opa: $(OPA) $(VENV)/.installed
	ln -sf $(OPA) $@

# ---- data ------------------------------------------------------------------------------------

# Reference data is validated against its schemas and compiled into what OPA loads. What depends
# only on the data is computed there by OPA with the Rego that computes it at decision time:
# listed names are keyed by the normaliser, and the latest day to apply for a licence is tabulated
# for every day the calendar covers. DATA_RULES are the packages that Rego runs in: the library and
# the parties, which import one another, so a change to any of them builds the data again.
DATA_RULES := $(filter-out %_test.rego,$(wildcard policies/cnexport/lib/*/*.rego)) policies/cnexport/parties/parties.rego
$(DATA_OUT)/.built: $(DATA_SOURCES) $(PY_SOURCES) $(DATA_RULES) $(VENV)/.installed $(OPA)
	CNEXPORT_OPA=$(OPA) $(PY) -m cnexport.databuild --out $(DATA_OUT)
	@touch $@

.PHONY: data
data: $(DATA_OUT)/.built $(VENV)/bin/opa

# ---- static checks ---------------------------------------------------------------------------

.PHONY: lint fmt
lint: $(OPA) $(REGAL) data
	$(OPA) fmt --list --fail policies
	$(OPA) check --strict --schema $(BUILD)/schemas policies $(DATA_OUT)
	$(REGAL) lint --format pretty policies
	$(VENV)/bin/ruff check harness tests tools
	$(VENV)/bin/ruff format --check harness tests tools
	CNEXPORT_OPA=$(OPA) $(PY) -m cnexport.citations policies
	$(PY) -m cnexport.timeline --check
	@echo "lint: fmt, check --strict with schemas, regal, ruff, METADATA (schema, citations, docs/reasons.md), data schemas and the timeline all pass"

fmt: $(OPA)
	$(OPA) fmt --write policies

# ---- tests -----------------------------------------------------------------------------------

.PHONY: test unit e2e fuzz
test: lint unit e2e

# One run gives the results and the coverage. A failing run is run again with --var-values, whose
# report names each failing test with its failing expression and values (the coverage report names
# only the first failure, and an error, such as a timeout, not at all).
unit: $(OPA) data
	@mkdir -p $(BUILD)
	@$(OPA) test --timeout $(OPA_TEST_TIMEOUT) --coverage policies $(DATA_OUT) > $(BUILD)/coverage.json 2> $(BUILD)/unit-errors.txt \
	  || { cat $(BUILD)/unit-errors.txt; echo "rego unit tests failed; the failing tests:"; \
	       $(OPA) test --timeout $(OPA_TEST_TIMEOUT) --var-values policies $(DATA_OUT) && echo "(none failed when run again)"; exit 1; }
	@$(PY) -m cnexport.coverage $(BUILD)/coverage.json $(COVERAGE_MIN)

e2e: $(OPA) data bundle
	CNEXPORT_OPA=$(OPA) $(PY) -m pytest -q

# The same invariants as tests/test_generated.py, on many more documents; FUZZ_DOCUMENTS to change.
FUZZ_DOCUMENTS ?= 10000
fuzz: $(OPA) data
	CNEXPORT_OPA=$(OPA) $(PY) tests/fuzz.py $(FUZZ_DOCUMENTS)

# The examples' expected decisions (a regression suite) generated from what OPA decides now: after a
# change of rules, data or examples this one command regenerates them and prints every change.
.PHONY: expectations
expectations: $(OPA) data
	CNEXPORT_OPA=$(OPA) $(PY) -m cnexport.expectations

# ---- bundles ---------------------------------------------------------------------------------

$(KEYS)/bundle-signing.pem:
	@mkdir -p $(@D)
	@(umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out $@ 2>/dev/null)
	@echo "bundle: made a development signing key $@ (docs/deployment.md: production keys)"

$(KEYS)/bundle-verification.pem: $(KEYS)/bundle-signing.pem
	openssl pkey -in $< -pubout -out $@

# Rebuilt every time: the revision names the current commit even when no file changed.
.PHONY: bundle
bundle: $(OPA) data $(SIGNING_KEY) $(VERIFICATION_KEY)
	CNEXPORT_OPA=$(OPA) $(PY) -m cnexport.bundle --out $(BUILD) --signing-key $(SIGNING_KEY)

# ---- running ---------------------------------------------------------------------------------

.PHONY: eval serve bench
eval: $(OPA) data
	CNEXPORT_OPA=$(OPA) $(VENV)/bin/cnexport decide examples/*.json

# The sidecar as it runs in production: signed bundles only (OPA refuses writes under their roots),
# token authentication with the default-deny system.authz policy, health and metrics on the
# diagnostic address, decision logs on standard output. The token is $$CNEXPORT_TOKEN, else a
# random one written once to $(TOKEN_FILE).
serve: bundle
	@if [ -z "$${CNEXPORT_TOKEN:-}" ]; then \
	  [ -s $(TOKEN_FILE) ] || (umask 077 && $(PY) -c 'import secrets; print(secrets.token_urlsafe(32))' > $(TOKEN_FILE)); \
	  echo "serve: token in $(TOKEN_FILE) (send it as 'Authorization: Bearer <token>'; or set CNEXPORT_TOKEN)" >&2; \
	fi
	@token="$${CNEXPORT_TOKEN:-$$(cat $(TOKEN_FILE))}"; \
	[ $${#token} -ge 32 ] || { echo "serve: CNEXPORT_TOKEN must be at least 32 characters" >&2; exit 2; }; \
	echo "serve: decisions on http://$(OPA_ADDR), health and metrics on http://$(OPA_DIAGNOSTIC_ADDR)" >&2; \
	CNEXPORT_TOKEN="$$token" GOGC=$(OPA_GOGC) GOMEMLIMIT=$(OPA_GOMEMLIMIT) exec $(OPA) run --server \
	  --addr $(OPA_ADDR) --diagnostic-addr $(OPA_DIAGNOSTIC_ADDR) \
	  --authentication=token --authorization=basic \
	  --bundle $(BUILD)/cnexport.tar.gz --bundle $(BUILD)/cnexport-reference.tar.gz \
	  --verification-key $(VERIFICATION_KEY) --verification-key-id cnexport-bundles \
	  --set decision_logs.console=true

bench: $(OPA) data
	CNEXPORT_OPA=$(OPA) $(PY) -m cnexport.bench --out $(BUILD)/bench.json

.PHONY: clean
clean:
	rm -rf $(BUILD) $(VENV) .pytest_cache
