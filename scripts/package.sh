#!/usr/bin/env bash
# Build the Linux packages (.deb and .rpm) of the desktop app, with the
# `scrutineer` command-line tool installed beside it as /usr/bin/scrutineer,
# then check that each package holds the app, the CLI, the desktop entry and
# the icons. Output: target/release/bundle/{deb,rpm}/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# tauri.conf.json maps target/release/scrutineer into the packages, so the
# build must land in this repository's target directory.
export CARGO_TARGET_DIR="$root/target"
# Where the Tauri CLI finds the app (tauri.conf.json) and the UI (whose
# `npm run build` is the beforeBuildCommand); without these it would guess
# from the first package.json it finds.
export TAURI_APP_PATH="$root"
export TAURI_FRONTEND_PATH="$root/ui"

# The UI's tools. (`npm install`, not `npm ci`: see scripts/setup.sh.)
(cd ui && npm install --no-audit --no-fund)
# The CLI that goes into the packages.
cargo build --release -p scrutineer-cli --bin scrutineer
# The app: tauri builds the UI (beforeBuildCommand), compiles the app in
# release mode with the UI embedded, and bundles.
npx --yes @tauri-apps/cli@2.12.5 build --bundles deb,rpm

deb="$(ls -t target/release/bundle/deb/*.deb | head -n1)"
rpm="$(ls -t target/release/bundle/rpm/*.rpm | head -n1)"

check() { # check <listing> <package> <what> <pattern>
  if ! grep -Eq "$4" <<<"$1"; then
    echo "package.sh: $2 does not contain $3 (expected a path matching $4)" >&2
    exit 1
  fi
}
deb_list="$(dpkg-deb -c "$deb")"
check "$deb_list" "$deb" "the app" ' (\./)?usr/bin/scrutineer-app$'
check "$deb_list" "$deb" "the CLI" ' (\./)?usr/bin/scrutineer$'
check "$deb_list" "$deb" "the desktop entry" ' (\./)?usr/share/applications/.*\.desktop$'
check "$deb_list" "$deb" "the icons" ' (\./)?usr/share/icons/hicolor/128x128/apps/.*\.png$'
# Election files (.scrutineer): the MIME type, and a desktop entry that
# declares it and takes the file a double-click passes (%f).
check "$deb_list" "$deb" "the MIME type of election files" ' (\./)?usr/share/mime/packages/scrutineer\.xml$'
unpacked="$(mktemp -d)"
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
desktop="$(ls "$unpacked"/usr/share/applications/*.desktop | head -n1)"
check "$(cat "$desktop")" "$desktop" "the election files' MIME type" '^MimeType=application/x-scrutineer'
check "$(cat "$desktop")" "$desktop" "a file argument" '^Exec=.* %f$'
check "$(cat "$unpacked/usr/share/mime/packages/scrutineer.xml")" "$deb" "the .scrutineer glob" 'glob pattern="\*\.scrutineer"'
check "$(dpkg-deb -I "$deb")" "$deb" "its description" 'Description:'

if command -v rpm >/dev/null 2>&1; then
  rpm_list="$(rpm -qlp "$rpm" 2>/dev/null)"
  check "$rpm_list" "$rpm" "the app" '^/usr/bin/scrutineer-app$'
  check "$rpm_list" "$rpm" "the CLI" '^/usr/bin/scrutineer$'
  check "$rpm_list" "$rpm" "the desktop entry" '^/usr/share/applications/.*\.desktop$'
fi
echo "Built and checked:"
echo "  $deb"
echo "  $rpm"
