# StreamCost — the two commands a newcomer needs: `make demo` and `make test`.
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SCENARIO ?= scenarios/telco-c360-feeds.yaml
OUT ?= out/$(basename $(notdir $(SCENARIO)))
BIN := .build/debug/streamcost

.PHONY: demo test bench build deps clean notebooks notebooks-check

## System libraries the package links: libcsv (CSV) and libsqlite3 (run ledger).
deps:
	@dpkg -s libcsv-dev libsqlite3-dev >/dev/null 2>&1 || \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcsv-dev libsqlite3-dev)

build: deps
	swift build

## Installs what it needs, builds, and compares every architecture of the demo scenario.
demo: build
	$(BIN) compare $(SCENARIO) --out $(OUT)
	@echo "CSV files: $(OUT)/{summary,line_items,assumptions,sizing,run,timeline,scaling_events,monthly}.csv"

## Builds and runs every test (unit, I/O and end-to-end against the built binary).
test: deps
	swift build
	swift test
	$(BIN) baseline check
	$(MAKE) --no-print-directory notebooks-check

## Times the simulator (release build): a year of the demo scenario at 1-hour and 1-minute steps,
## then a 10,000-combination sweep and a 1,000-sample Monte Carlo run of a year at 1-hour steps.
bench: deps
	swift build -c release
	.build/release/streamcost bench $(SCENARIO)
	.build/release/streamcost bench $(SCENARIO) --sweep 10000
	.build/release/streamcost bench $(SCENARIO) --uncertainty 1000

## Regenerates notebooks-export/<scenario>/ for every shipped scenario (hourly timeline, no ledger).
notebooks: build
	@set -e; for scenario in scenarios/*.yaml; do \
	  name=$$(basename $$scenario .yaml); tmp=$$(mktemp -d); \
	  $(BIN) compare $$scenario --no-ledger --out $$tmp --timeline-step 1h >/dev/null; \
	  $(BIN) export notebook --from $$tmp --out notebooks-export/$$name; rm -rf $$tmp; \
	done

## Validates (nbformat) and executes (nbclient) every notebook in notebooks-export/, in a temporary copy.
NOTEBOOK_VENV := .venv-notebooks
$(NOTEBOOK_VENV)/installed: notebooks-export/requirements.txt
	@python3 -c 'import ensurepip, venv' 2>/dev/null || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-venv)
	rm -rf $(NOTEBOOK_VENV)
	python3 -m venv $(NOTEBOOK_VENV)
	$(NOTEBOOK_VENV)/bin/pip install --quiet --disable-pip-version-check --no-compile -r notebooks-export/requirements.txt
	touch $@

notebooks-check: $(NOTEBOOK_VENV)/installed
	@start=$$(date +%s); status=0; \
	  MPLBACKEND=Agg $(NOTEBOOK_VENV)/bin/python notebooks-export/check_notebooks.py notebooks-export || status=$$?; \
	  echo "notebooks-check: $$(( $$(date +%s) - start ))s"; exit $$status

clean:
	rm -rf .build out $(NOTEBOOK_VENV)
