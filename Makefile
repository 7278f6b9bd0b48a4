# Scrutineer: `make run` opens the desktop app, `make test` runs every test.
# Both install what is missing first (Debian/Ubuntu: apt, npm, tauri-driver).

SHELL := /bin/bash
CARGO ?= cargo
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: run cli test test-rust test-ui test-e2e test-differential lint package bench setup ui clean

setup:
	scripts/setup.sh

ui: setup
	cd ui && npm run build

## Build and open the desktop app (with no display, explain how to use the CLI).
run: ui
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  $(CARGO) build --quiet -p scrutineer-cli; \
	  echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open."; \
	  echo "Use the command line instead:  target/debug/scrutineer --help"; \
	  echo "For example:  target/debug/scrutineer term create \"2020 term\" --seats 5 --method approval --max-per-employer 2"; \
	  echo "Or run the window in a virtual display:  xvfb-run make run"; \
	else \
	  $(CARGO) run --features tauri/custom-protocol --bin scrutineer-app; \
	fi

## Build the command-line tool.
cli:
	$(CARGO) build --release -p scrutineer-cli
	@echo "Built target/release/scrutineer"

## Every test: Rust (unit, integration, reference elections), lints, UI, end-to-end, differential.
test: setup lint test-rust test-ui test-e2e test-differential
	@echo "All tests passed."

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

test-rust: ui
	$(CARGO) test --workspace
	@# The TypeScript types are generated from Rust by the tests above (ts-rs):
	@# committed copies must match.
	@if git rev-parse --git-dir >/dev/null 2>&1 && [ -n "$$(git status --porcelain -- ui/src/bindings)" ]; then \
	  echo "error: ui/src/bindings is out of date: commit the regenerated files"; git status --short -- ui/src/bindings; exit 1; fi

test-ui:
	cd ui && npm test

test-e2e:
	scripts/setup.sh --e2e
	tests/e2e/run.sh

test-differential:
	$(CARGO) build -p scrutineer-cli
	python3 tests/differential/differential.py --cli target/debug/scrutineer

## Build the .deb and .rpm (app, icon, desktop entry, and the scrutineer CLI).
package: ui
	scripts/package.sh

## Benchmarks (figures printed; not part of `make test`).
bench:
	$(CARGO) bench -p scrutineer-count
	scripts/bench-count.sh
	scripts/bench-roll.sh

clean:
	$(CARGO) clean
	rm -rf ui/dist ui/node_modules tests/e2e/node_modules
