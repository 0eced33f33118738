#!/usr/bin/env bash
# Runs every suite and ends with one line "N passed, N failed" summing them all:
#   1. go vet and the Go tests (unit, store on real SQLite files, facades, CLI)
#   2. the committed Wails bindings match the Go facades
#   3. the frontend's Vitest suite (components, stores, i18n parity)
#   4. end to end: the real Go app (dev build) driven in Chromium
#   5. smoke: the production binary in a real window under Xvfb, with a screenshot
# Artifacts (screenshots, logs) go to build/artifacts.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p build/artifacts
passed=0
failed=0
tally() { passed=$((passed + $1)); failed=$((failed + $2)); echo "== $3: $1 passed, $2 failed"; }

# 1. Go
if CGO_ENABLED=0 go vet ./...; then tally 1 0 "go vet"; else tally 0 1 "go vet"; fi
CGO_ENABLED=0 go test -count=1 -json ./... > build/artifacts/go-test.json 2>build/artifacts/go-test.stderr
go_rc=$?
p=$(grep -c '"Action":"pass".*"Test":' build/artifacts/go-test.json)
f=$(grep -c '"Action":"fail".*"Test":' build/artifacts/go-test.json)
if [ "$go_rc" -ne 0 ]; then
  grep -h '"Action":"output"' build/artifacts/go-test.json | sed -e 's/.*"Output":"//' -e 's/"}$//' -e 's/\\n$//' -e 's/\\t/\t/g' | grep -E -- '--- FAIL|_test.go|panic|FAIL' | head -60
  cat build/artifacts/go-test.stderr | head -30
  [ "$f" -eq 0 ] && f=1 # a build failure has no failing test line
fi
tally "$p" "$f" "go test"

# 2. Bindings: regenerate and compare with what is committed.
if go build -tags bindings -o build/bin/clave-bindings . && ./build/bin/clave-bindings >/dev/null 2>&1 &&
  git -c core.fileMode=false diff --exit-code --stat -- frontend/wailsjs; then
  tally 1 0 "bindings up to date"
else
  echo "frontend/wailsjs differs from the Go facades: run 'make bindings' and commit"
  tally 0 1 "bindings up to date"
fi

# 3. Frontend unit tests.
(cd frontend && npx vitest run --reporter=default --reporter=json --outputFile=../build/artifacts/vitest.json)
if [ -f build/artifacts/vitest.json ]; then
  p=$(node -e 'const r=require("./build/artifacts/vitest.json");console.log(r.numPassedTests)')
  f=$(node -e 'const r=require("./build/artifacts/vitest.json");console.log(r.numFailedTests + (r.success||r.numFailedTests?0:1))')
else
  p=0 f=1
fi
tally "$p" "$f" "vitest"

# 4 and 5 need the built frontend.
if (cd frontend && npm run build >/dev/null) && touch frontend/dist/.gitkeep; then
  out=$(./scripts/e2e.sh 2>&1 | tee build/artifacts/e2e.log)
  line=$(grep -E '^e2e: [0-9]+ passed, [0-9]+ failed' <<<"$out" | tail -1)
  if [ -n "$line" ]; then
    tally "$(awk '{print $2}' <<<"$line")" "$(awk '{print $4}' <<<"$line")" "e2e (Chromium)"
  else
    tail -30 <<<"$out"
    tally 0 1 "e2e (Chromium)"
  fi
  if ./scripts/smoke.sh 2>&1 | tee build/artifacts/smoke.log; then tally 1 0 "smoke (window under Xvfb)"; else tally 0 1 "smoke (window under Xvfb)"; fi
else
  tally 0 2 "frontend build"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
