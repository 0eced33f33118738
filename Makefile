# Clave — the two commands a newcomer needs: `make run` and `make test`. Both install what is
# missing first (scripts/deps.sh), so they work on a fresh Debian machine.
SHELL := /bin/bash
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X main.version=$(VERSION)
GO_TAGS := desktop,production,webkit2_41

.PHONY: run test bench deps frontend bindings build e2e smoke clean

## run: install what is missing, build the production app and open the window.
run: build
	./build/bin/clave

## test: every suite (Go, bindings check, frontend, end to end in Chromium, window smoke test).
test: deps
	./scripts/test.sh

## bench: print the benchmark figures (search, list, import, start-up time and memory).
bench: deps
	./scripts/bench.sh

deps:
	./scripts/deps.sh

frontend: deps
	cd frontend && npm run build
	touch frontend/dist/.gitkeep

## bindings: regenerate frontend/wailsjs from the bound Go facades (no GTK needed).
bindings:
	go build -tags bindings -o build/bin/clave-bindings . && ./build/bin/clave-bindings

build: frontend
	go build -tags $(GO_TAGS) -ldflags "$(LDFLAGS)" -o build/bin/clave .

e2e: frontend
	./scripts/e2e.sh

smoke: build
	./scripts/smoke.sh

clean:
	rm -rf build/bin frontend/dist/assets frontend/dist/index.html
