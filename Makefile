# StreamCost — the two commands a newcomer needs: `make demo` and `make test`.
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SCENARIO ?= scenarios/telco-c360-feeds.yaml
OUT ?= out/$(basename $(notdir $(SCENARIO)))
BIN := .build/debug/streamcost

.PHONY: demo test bench build deps clean

## System libraries the package links: libcsv (CSV) and libsqlite3 (run ledger).
deps:
	@dpkg -s libcsv-dev libsqlite3-dev >/dev/null 2>&1 || \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcsv-dev libsqlite3-dev)

build: deps
	swift build

## Installs what it needs, builds, and compares every architecture of the demo scenario.
demo: build
	$(BIN) compare $(SCENARIO) --out $(OUT)
	@echo "CSV files: $(OUT)/{summary,line_items,assumptions,sizing,timeline,scaling_events,monthly}.csv"

## Builds and runs every test (unit, I/O and end-to-end against the built binary).
test: deps
	swift build
	swift test
	$(BIN) baseline check

## Times the simulator (release build): a year of the demo scenario at 1-hour and 1-minute steps,
## then a 10,000-combination sweep of a year at 1-hour steps.
bench: deps
	swift build -c release
	.build/release/streamcost bench $(SCENARIO)
	.build/release/streamcost bench $(SCENARIO) --sweep 10000

clean:
	rm -rf .build out
