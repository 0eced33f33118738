#!/usr/bin/env bash
# Prints Clave's benchmark figures (design.md "Performance targets"); nothing is asserted.
#   store:   search-as-you-type, account list pages, contacts of an account, on the team data set
#            (12k accounts, 50k contacts) and the stress data set (120k, 500k);
#   import:  a 50k-row Spanish-Excel CSV into a fresh store;
#   window:  start to DOM-ready and the PSS of the whole process tree under Xvfb, team data set.
# Data sets are generated through the store's import service and cached under build/benchdata
# (keyed by size and schema). Sizes and budgets can be overridden:
#   BENCH_TEAM="12000 50000" BENCH_STRESS="120000 500000" BENCH_IMPORT_ROWS=50000
#   BENCH_GEN_BUDGET=45m (per data set; the stress set takes ~25 min once) BENCH_IMPORT_BUDGET=5m
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/xvfb.sh

read -r team_a team_c <<<"${BENCH_TEAM:-12000 50000}"
read -r stress_a stress_c <<<"${BENCH_STRESS:-120000 500000}"
import_rows=${BENCH_IMPORT_ROWS:-50000}
gen_budget=${BENCH_GEN_BUDGET:-45m}
import_budget=${BENCH_IMPORT_BUDGET:-5m}

t_start=$(date +%s)
out=$(mktemp -d)
APP_PID="" XVFB_PID="" appdata=""
cleanup() { stop_group "$APP_PID"; stop_group "$XVFB_PID"; rm -rf "$out" "$appdata"; }
trap cleanup EXIT
summary=()
say() { echo "bench: $*"; }
elapsed() { echo "$(($(date +%s) - t_start)) s"; }

mkdir -p build/bin build/benchdata build/artifacts
echo '*' >build/benchdata/.gitignore
say "building cmd/clave-bench"
go build -o build/bin/clave-bench ./cmd/clave-bench || exit 1

# The cache is keyed by the schema too: a data set built by older migrations is regenerated.
schema=$(cat internal/sqlite/migration/*.sql | sha256sum | cut -c1-8)

# dataset ACCOUNTS CONTACTS: sets ds to the cached data folder, generating it first when missing.
dataset() {
  local dir="build/benchdata/a$1-c$2-$schema"
  ds=""
  if [ ! -f "$dir/clave.db" ]; then
    say "generating $1 accounts, $2 contacts into $dir (once; cached)"
    rm -rf "$dir.tmp"
    local t0=$(date +%s)
    build/bin/clave-bench gen --data-dir "$dir.tmp" --accounts "$1" --contacts "$2" --budget "$gen_budget" 2>&1 | tee "$out/gen-$1.txt"
    local rc=${PIPESTATUS[0]}
    if [ "$rc" -ne 0 ]; then
      rm -rf "$dir.tmp"
      say "generation of $1/$2 failed (exit $rc)"
      summary+=("data set $1/$2: NOT generated: $(tail -1 "$out/gen-$1.txt")")
      return 1
    fi
    mv "$dir.tmp" "$dir"
    echo "$(grep '^generated' "$out/gen-$1.txt") [wall $(($(date +%s) - t0)) s, $(date -u +%Y-%m-%d)]" >"$dir/gen.txt"
    summary+=("$(cat "$dir/gen.txt")")
  else
    say "using cached $dir"
    summary+=("$(cat "$dir/gen.txt" 2>/dev/null || echo "data set $dir") (cached)")
  fi
  ds=$dir
}

# run_store DIR NAME: the store figures of one data set.
run_store() {
  say "store figures, $2 tier ($(elapsed) so far)"
  build/bin/clave-bench run --data-dir "$1" | tee "$out/run-$2.txt"
  [ "${PIPESTATUS[0]}" -eq 0 ] || summary+=("$2 tier: run failed")
  while IFS= read -r l; do summary+=("$l"); done < <(grep -E '^(search-as-you-type|account list page|contacts of an account|contact list page|account list filters)' "$out/run-$2.txt")
}

team="" stress=""
dataset "$team_a" "$team_c" && team=$ds && run_store "$team" team
dataset "$stress_a" "$stress_c" && stress=$ds && run_store "$stress" stress

say "import benchmark, $import_rows rows ($(elapsed) so far)"
build/bin/clave-bench import --rows "$import_rows" --budget "$import_budget" | tee "$out/import.txt"
while IFS= read -r l; do summary+=("$l"); done < <(grep '^import of' "$out/import.txt")

# ---- The window: start to DOM-ready and memory, team data set, under Xvfb.
window() {
  if [ ! -f frontend/dist/index.html ]; then
    say "frontend/dist/index.html missing: npm run build"
    if ! (cd frontend && npm run build) >"$out/npm.txt" 2>&1; then
      tail -5 "$out/npm.txt"
      mkdir -p frontend/dist && touch frontend/dist/.gitkeep
      say "npm run build failed (output above)"
      summary+=("startup: skipped (frontend not built)")
      return
    fi
    touch frontend/dist/.gitkeep
  fi
  if [ ! -f frontend/dist/index.html ]; then
    summary+=("startup: skipped (frontend not built)")
    return
  fi
  if [ ! -x build/bin/clave ] || [ -n "$(find main.go go.mod app internal frontend/dist -newer build/bin/clave -print -quit 2>/dev/null)" ]; then
    say "building the production binary"
    go build -tags desktop,production,webkit2_41 -ldflags "-s -w" -o build/bin/clave . || { summary+=("startup: skipped (build failed)"); return; }
  fi
  [ -n "${team:-}" ] || { summary+=("startup: skipped (no team data set)"); return; }
  start_xvfb || { summary+=("startup: skipped (Xvfb did not start)"); return; }
  appdata=$(mktemp -d)
  mkdir -p "$appdata/team" "$appdata/empty"
  cp "$team"/clave.db* "$appdata/team/"
  local times=() i
  for i in 0 1 2 3; do # launch 0 warms the disk cache and is not counted
    launch "$appdata/team" || return
    if [ "$i" -eq 0 ]; then
      say "warm-up launch: $launch_ms ms to DOM-ready"
    else
      times+=("$launch_ms")
      say "launch $i: $launch_ms ms to DOM-ready"
    fi
    [ "$i" -eq 3 ] && break # the last launch stays up for the memory figure
    stop_app
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
  summary+=("start to DOM-ready (team data set, warm, Xvfb): median $median ms  (${times[*]} ms)  [target ≤ 1000 ms]")
  sleep 3 # let the window settle: first page of accounts fetched and rendered
  import -window root build/artifacts/bench.png 2>/dev/null
  tree_memory "team data set"
  summary+=("$(printf 'memory of the process tree (team data set, 3 s after DOM-ready, %s processes): PSS %s MiB  RSS %s MiB  [target PSS ≤ 260 MiB]' "$mem_n" "$mem_pss" "$mem_rss")")
  stop_app
  # The same with an empty store, to tell the data's share from the window's.
  launch "$appdata/empty" || return
  sleep 3
  tree_memory "empty store"
  summary+=("$(printf 'memory of the process tree (empty store, same build, for comparison): PSS %s MiB  RSS %s MiB' "$mem_pss" "$mem_rss")")
  stop_app
}

# launch DATADIR: starts the app in its own process group and waits for its DOM-ready mark;
# sets launch_ms (from exec to the mark) and APP_PID.
launch() {
  local mark="$out/mark" t0
  rm -f "$mark"
  t0=$(date +%s%3N)
  setsid env CLAVE_DATA_DIR="$1" CLAVE_STARTUP_MARK="$mark" build/bin/clave >build/artifacts/bench-app.log 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 3000); do
    [ -s "$mark" ] && break
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.01
  done
  if [ ! -s "$mark" ]; then
    tail -5 build/artifacts/bench-app.log
    stop_app
    summary+=("startup: failed (no DOM-ready mark; see build/artifacts/bench-app.log)")
    return 1
  fi
  launch_ms=$(($(cat "$mark") - t0))
}

stop_app() {
  stop_group "$APP_PID"
  wait "$APP_PID" 2>/dev/null
  APP_PID=""
  sleep 0.5
}

# tree_memory LABEL: sums PSS and RSS (smaps_rollup) over the app and all its descendants
# (WebKitWebProcess, WebKitNetworkProcess, any bwrap between); sets mem_pss, mem_rss (MiB), mem_n.
tree_memory() {
  local pids=("$APP_PID") queue=("$APP_PID") p c pss=0 rss=0 kp kr
  while ((${#queue[@]})); do
    p=${queue[0]} queue=("${queue[@]:1}")
    for c in $(ps -o pid= --ppid "$p" 2>/dev/null); do pids+=("$c") queue+=("$c"); done
  done
  mem_n=0
  for p in "${pids[@]}"; do
    [ -r "/proc/$p/smaps_rollup" ] || continue
    kp=$(awk '/^Pss:/{print $2}' "/proc/$p/smaps_rollup")
    kr=$(awk '/^Rss:/{print $2}' "/proc/$p/smaps_rollup")
    [ -n "$kp" ] || continue
    awk -v l="$1" -v n="$(cat "/proc/$p/comm")" -v p="$p" -v a="$kp" -v b="$kr" \
      'BEGIN{printf "bench:   %s: %-16s pid %-7s PSS %6.1f MiB  RSS %6.1f MiB\n", l, n, p, a/1024, b/1024}'
    pss=$((pss + kp)) rss=$((rss + kr)) mem_n=$((mem_n + 1))
  done
  mem_pss=$(((pss + 512) / 1024)) mem_rss=$(((rss + 512) / 1024))
}

say "window: start-up and memory under Xvfb ($(elapsed) so far)"
window

echo
echo "==== clave benchmark summary ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), $(git describe --always --dirty 2>/dev/null)) ===="
printf '%s\n' "${summary[@]}"
echo "(bench took $(elapsed))"
