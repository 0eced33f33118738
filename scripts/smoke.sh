#!/usr/bin/env bash
# Smoke test of the production binary in a real window under Xvfb: it must open its window,
# create its database (owner-only), render the frontend, and stay up; the screenshot is kept as
# build/artifacts/smoke.png.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/xvfb.sh
art=build/artifacts
mkdir -p "$art"
if [ ! -x build/bin/clave ] || [ -n "$(find main.go app internal frontend/dist -newer build/bin/clave -print -quit 2>/dev/null)" ]; then
  go build -tags desktop,production,webkit2_41 -ldflags "-s -w" -o build/bin/clave . || exit 1
fi
start_xvfb || exit 1
APP_PID=""
data=$(mktemp -d)
cleanup() { stop_group "$APP_PID"; stop_group "$XVFB_PID"; rm -rf "$data"; }
trap cleanup EXIT

setsid env CLAVE_DATA_DIR="$data" build/bin/clave >"$art/smoke-app.log" 2>&1 &
APP_PID=$!
fail() { echo "smoke: FAIL: $*"; tail -20 "$art/smoke-app.log"; exit 1; }

for _ in $(seq 1 100); do
  xwininfo -root -tree 2>/dev/null | grep -q '"Clave"' && break
  kill -0 "$APP_PID" 2>/dev/null || fail "the app exited"
  sleep 0.1
done
xwininfo -root -tree | grep -q '"Clave"' || fail "no window titled Clave"
[ -f "$data/clave.db" ] || fail "no database in the data folder"
mode=$(stat -c %a "$data/clave.db")
[ "$mode" = "600" ] || fail "database mode is $mode, want 600"
sleep 3 # let WebKit render the frontend
import -window root "$art/smoke.png" || fail "screenshot"
colours=$(identify -format '%k' "$art/smoke.png")
[ "$colours" -gt 40 ] || fail "the window looks blank ($colours colours)"
kill -0 "$APP_PID" 2>/dev/null || fail "the app exited"
echo "smoke: window up, database 0600, screenshot $art/smoke.png ($colours colours)"
