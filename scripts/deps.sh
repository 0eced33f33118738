#!/usr/bin/env bash
# Installs what building and testing Clave needs, skipping what is already there:
# Debian packages (GTK/WebKit for the window, Xvfb, Chromium, poppler), the pinned Wails CLI,
# and the frontend's npm packages. Uses sudo when not root.
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=(build-essential pkg-config libgtk-3-dev libwebkit2gtk-4.1-dev xvfb xauth x11-utils imagemagick chromium poppler-utils qpdf)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "deps: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The Wails CLI, pinned to go.mod's version (@latest resolves to an old release here).
wails_version=$(awk '$1=="github.com/wailsapp/wails/v2"{print $2}' go.mod)
gobin=$(go env GOPATH)/bin
if ! "$gobin/wails" version 2>/dev/null | grep -q "${wails_version}"; then
  echo "deps: installing wails CLI ${wails_version}"
  go install "github.com/wailsapp/wails/v2/cmd/wails@${wails_version}"
fi

# npm packages, exactly as locked.
if [ ! -d frontend/node_modules ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
  echo "deps: npm ci"
  (cd frontend && npm ci --no-audit --no-fund --loglevel=error)
fi
mkdir -p frontend/dist && touch frontend/dist/.gitkeep
