#!/usr/bin/env bash
# End-to-end tests of the desktop app: builds the UI and the app (debug,
# with the UI embedded), then drives the real window through tauri-driver
# under a virtual X display. Needs the apt packages (webkit2gtk, xvfb,
# webkit2gtk-driver) and `cargo install tauri-driver --locked`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"

for tool in xvfb-run WebKitWebDriver tauri-driver npm cargo; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "tests/e2e/run.sh: $tool is not installed (see the Makefile's deps target)" >&2
    exit 1
  fi
done

# 1. The UI first: the app embeds ui/dist when it is compiled. (`npm
#    install`, not `npm ci`: see scripts/setup.sh.)
(cd ui && npm install --no-audit --no-fund && npm run build)
# 2. The app, serving the embedded UI (custom-protocol) instead of a dev
#    server, even though it is a debug build.
cargo build -p scrutineer-app --features tauri/custom-protocol
app="${CARGO_TARGET_DIR:-$root/target}/debug/scrutineer-app"
# 3. The WebDriver client.
(cd tests/e2e && npm ci --no-audit --no-fund)

# 4. The tests start tauri-driver themselves and stop it with SIGTERM.
#    Every *.test.mjs, one after the other, unless files are named.
cd tests/e2e
if [ $# -eq 0 ]; then set -- *.test.mjs; fi
# A watchdog: the suite takes about 2 minutes; if it has not ended after 20
# (a window left running, say), it is stopped and the run fails with a
# message instead of hanging CI. And no app of this build outlives the run.
end_apps() { pkill -TERM -f "^$app( |\$)" 2>/dev/null || true; }
trap end_apps EXIT
status=0
SCRUTINEER_APP="$app" timeout --kill-after=30 1200 xvfb-run -a -s "-screen 0 1280x900x24" \
  node --test --test-concurrency=1 "$@" || status=$?
if [ "$status" -eq 124 ]; then
  echo "tests/e2e/run.sh: the end-to-end tests did not finish within 20 minutes and were stopped" >&2
fi
exit "$status"
