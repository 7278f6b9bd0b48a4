#!/usr/bin/env bash
# Install what building and testing Scrutineer needs on Debian/Ubuntu, skipping
# what is already there. Used by `make run`, `make test` and `make package`.
#   scripts/setup.sh          system packages + npm packages
#   scripts/setup.sh --e2e    also tauri-driver (for the end-to-end tests)
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  libwebkit2gtk-4.1-dev build-essential pkg-config libssl-dev
  libayatana-appindicator3-dev librsvg2-dev libxdo-dev
  xvfb webkit2gtk-driver poppler-utils imagemagick sqlite3 time
  nodejs npm
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  # nodejs/npm may come from elsewhere (nvm, NodeSource): accept any on PATH.
  case "$p" in
    nodejs) command -v node >/dev/null && continue ;;
    npm) command -v npm >/dev/null && continue ;;
  esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> Installing system packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null; then
  echo "error: Rust (cargo) is not installed; install it from https://rustup.rs and run this again" >&2
  exit 1
fi

echo "==> Installing the UI's npm packages"
# `npm install`, not `npm ci`: npm 11 leaves other platforms' optional
# packages (rollup's, esbuild's) out of the lockfile, and `npm ci` then
# refuses it; `npm install` still installs the locked versions.
(cd ui && npm install --no-audit --no-fund --loglevel=error)

if [ "${1:-}" = "--e2e" ]; then
  if ! command -v tauri-driver >/dev/null && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
    echo "==> Installing tauri-driver"
    cargo install tauri-driver --locked --quiet
  fi
  (cd tests/e2e && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi)
fi
