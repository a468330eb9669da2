# StreamCost — the two commands a newcomer needs: `make demo` and `make test`.
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SCENARIO ?= scenarios/telco-c360-feeds.yaml
OUT ?= out/$(basename $(notdir $(SCENARIO)))
BIN := .build/debug/streamcost

.PHONY: demo test bench build deps clean notebooks notebooks-check focus-check install fuzz fuzz-smoke fuzz-build fuzz-corpus

## System libraries the package links: libcsv (CSV) and libsqlite3 (run ledger).
deps:
	@dpkg -s libcsv-dev libsqlite3-dev >/dev/null 2>&1 || \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcsv-dev libsqlite3-dev)

build: deps
	swift build

## Installs what it needs, builds, and compares every architecture of the demo scenario.
demo: build
	$(BIN) compare $(SCENARIO) --out $(OUT)
	@echo "CSV files: $(OUT)/{summary,line_items,assumptions,sizing,run,timeline,scaling_events,monthly,focus}.csv"

## Builds and runs every test (unit, I/O and end-to-end against the built binary).
test: deps
	swift build
	swift test
	$(BIN) baseline check
	$(MAKE) --no-print-directory notebooks-check
	$(MAKE) --no-print-directory focus-check

## Times the simulator (release build): a year of the demo scenario at 1-hour and 1-minute steps,
## then a 10,000-combination sweep and a 1,000-sample Monte Carlo run of a year at 1-hour steps.
bench: deps
	swift build -c release
	.build/release/streamcost bench $(SCENARIO)
	.build/release/streamcost bench $(SCENARIO) --sweep 10000
	.build/release/streamcost bench $(SCENARIO) --uncertainty 1000

## Installs the binary as $(PREFIX)/bin/streamcost and the shipped price books under
## $(PREFIX)/share/streamcost/pricing, where the binary looks for them (next to its own folder).
## INSTALL_CONFIG=debug installs the debug build instead of building a release.
PREFIX ?= /usr/local
INSTALL_CONFIG ?= release
install: deps
	swift build -c $(INSTALL_CONFIG)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/streamcost
	install -m 755 .build/$(INSTALL_CONFIG)/streamcost $(DESTDIR)$(PREFIX)/bin/streamcost
	rm -rf $(DESTDIR)$(PREFIX)/share/streamcost/pricing
	cp -R pricing $(DESTDIR)$(PREFIX)/share/streamcost/pricing
	@echo "installed $(DESTDIR)$(PREFIX)/bin/streamcost and its price books in $(DESTDIR)$(PREFIX)/share/streamcost/pricing"

## Regenerates notebooks-export/<scenario>/ for every shipped scenario (hourly timeline, no ledger), and
## notebooks-export/<example>-uncertainty/ from a 200-sample `uncertainty` run (fan chart, histogram).
UNCERTAINTY_EXAMPLE := social-streams
notebooks: build
	@set -e; for scenario in scenarios/*.yaml; do \
	  name=$$(basename $$scenario .yaml); tmp=$$(mktemp -d); \
	  $(BIN) compare $$scenario --no-ledger --out $$tmp --timeline-step 1h >/dev/null; \
	  $(BIN) export notebook --from $$tmp --out notebooks-export/$$name; rm -rf $$tmp; \
	done
	@set -e; tmp=$$(mktemp -d); \
	  $(BIN) uncertainty scenarios/$(UNCERTAINTY_EXAMPLE).yaml --samples 200 --precision 0 --no-ledger --out $$tmp >/dev/null; \
	  $(BIN) export notebook --from $$tmp --out notebooks-export/$(UNCERTAINTY_EXAMPLE)-uncertainty; rm -rf $$tmp

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

## Fuzzing (docs/fuzzing.md): libFuzzer targets for the scenario, price-book and measured-series
## readers, in their own package (Fuzz/) and build folder, built with libFuzzer and AddressSanitizer.
## `make fuzz` runs each for FUZZ_SECONDS and keeps going past findings; `make fuzz-smoke` (CI) runs
## each for FUZZ_SMOKE_SECONDS and stops at the first. Both fail when a target finds anything.
FUZZ_SECONDS ?= 600
FUZZ_SMOKE_SECONDS ?= 30
FUZZ_BUILD := swift build -c release --package-path Fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

fuzz-build: deps
	$(FUZZ_BUILD)

fuzz-corpus:
	Fuzz/seed-corpus.sh .build-fuzz/seeds

fuzz: fuzz-build fuzz-corpus
	Fuzz/run-fuzzers.sh $(FUZZ_SECONDS) long

fuzz-smoke: fuzz-build fuzz-corpus
	Fuzz/run-fuzzers.sh $(FUZZ_SMOKE_SECONDS) smoke


## Checks the demo's focus.csv with the FinOps Foundation's focus-validator 1.0.0 (FOCUS 1.0), pinned in
## .venv-focus. The validator reads its currency list by a relative path, so it runs from its own
## site-packages folder; it exits 0 even when rules fail, so its verdict line is checked instead.
FOCUS_VENV := .venv-focus
$(FOCUS_VENV)/installed: notebooks-export/focus-requirements.txt
	@python3 -c 'import ensurepip, venv' 2>/dev/null || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-venv)
	rm -rf $(FOCUS_VENV)
	python3 -m venv $(FOCUS_VENV)
	$(FOCUS_VENV)/bin/pip install --quiet --disable-pip-version-check --no-compile -r notebooks-export/focus-requirements.txt
	touch $@

focus-check: build $(FOCUS_VENV)/installed
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf $$tmp' EXIT; \
	  $(BIN) compare $(SCENARIO) --no-ledger --out $$tmp --timeline-step 1h >/dev/null; \
	  site=$$($(FOCUS_VENV)/bin/python -c 'import focus_validator, os; print(os.path.dirname(os.path.dirname(focus_validator.__file__)))'); \
	  verdict=$$(cd $$site && $(CURDIR)/$(FOCUS_VENV)/bin/focus-validator --data-file $$tmp/focus.csv --validate-version 1.0 2>&1); \
	  echo "$$verdict" | tail -n 40; \
	  echo "$$verdict" | grep -qx 'Validation succeeded.'

clean:
	rm -rf .build .build-fuzz out $(NOTEBOOK_VENV) $(FOCUS_VENV)
