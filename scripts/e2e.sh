#!/usr/bin/env bash
# End to end: builds the dev-tag binary (it serves frontend/dist with Wails' runtime and answers
# any browser over Wails' websocket IPC, so Chromium calls the real Go bindings), starts it under
# Xvfb on a fresh data folder bound to 127.0.0.1, and runs the Playwright specs in frontend/e2e.
# Expects frontend/dist to be built. Prints "e2e: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/xvfb.sh
art=build/artifacts
mkdir -p "$art" build/bin
go build -tags dev,webkit2_41 -o build/bin/clave-e2e . || { echo "e2e: 0 passed, 1 failed"; exit 1; }

start_xvfb || { echo "e2e: 0 passed, 1 failed"; exit 1; }
APP_PID=""
cleanup() { stop_group "$APP_PID"; stop_group "$XVFB_PID"; }
trap cleanup EXIT

port=$((34200 + RANDOM % 500))
data=$(mktemp -d)
setsid env CLAVE_DATA_DIR="$data" assetdir=frontend/dist devserver="127.0.0.1:$port" loglevel=Error \
  build/bin/clave-e2e >"$art/e2e-app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done

passed=0 failed=0
for spec in frontend/e2e/*.e2e.mjs; do
  out=$(cd frontend && E2E_URL="http://127.0.0.1:$port" E2E_SHOTS="../$art" node "../$spec" 2>&1)
  echo "$out"
  line=$(grep -E '^e2e: [0-9]+ passed, [0-9]+ failed' <<<"$out" | tail -1)
  if [ -n "$line" ]; then
    passed=$((passed + $(awk '{print $2}' <<<"$line"))); failed=$((failed + $(awk '{print $4}' <<<"$line")))
  else
    failed=$((failed + 1))
  fi
done
rm -rf "$data"
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
