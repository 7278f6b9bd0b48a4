#!/usr/bin/env bash
# Benchmark the voter-roll parser alone on a 1,000,000-row roll with names in
# many scripts. Prints wall time and peak memory (/usr/bin/time -v).
#
#   scripts/bench-roll.sh [ROWS] [WORKDIR]
#
# The generated roll is kept in WORKDIR (default: a temporary folder) as
# roll-ROWS.csv, so the database import can be benchmarked on the same file.
set -euo pipefail
ROWS=${1:-1000000}
WORK=${2:-$(mktemp -d)}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROLL="$WORK/roll-$ROWS.csv"
mkdir -p "$WORK"

if [ ! -s "$ROLL" ]; then
  echo "generating $ROLL ($ROWS rows)"
  python3 - "$ROWS" "$ROLL" <<'PY'
import sys
rows, out = int(sys.argv[1]), sys.argv[2]
first = ["Stéphane", "Łukasz", "Ξένια", "Иван", "直哉", "Zoë", "José", "Siobhán", "Ayşe", "محمد", "Nguyễn", "Ann"]
last = ["Dupont", "Żółć", "Παπαδοπούλου", "Петров", "稲田", "O'Brien", "Núñez", "Ní Bhriain", "Yılmaz", "علي", "Văn An", "Lee, Jr."]
kinds = ["Fellow", "Supporting", "Contributing", "Managing"]
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("FirstName,LastName,MembershipType,Email,Voter ID\r\n")
    for i in range(rows):
        fn, ln = first[i % 12], last[(i // 12) % 12]
        if "," in ln:
            ln = '"' + ln + '"'
        f.write(f"{fn},{ln},{kinds[i % 4]},voter{i}@example.org,V{i:07d}\r\n")
PY
fi
ls -l "$ROLL"

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
cargo build --quiet --release -p scrutineer-formats --example parse_roll --manifest-path "$ROOT/Cargo.toml"
BIN="$CARGO_TARGET_DIR/release/examples/parse_roll"

echo "== parse only (streaming reader, all validation, duplicate check)"
/usr/bin/time -v "$BIN" "$ROLL" 2> "$WORK/time.txt"
grep -E "Elapsed \(wall clock\)|Maximum resident set size|User time|System time" "$WORK/time.txt"
