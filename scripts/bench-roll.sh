#!/usr/bin/env bash
# Benchmark the voter roll on a 1,000,000-row file with names in many
# scripts (Latin with diacritics, Greek, Cyrillic, Han, Arabic, Vietnamese,
# Devanagari, Hebrew, Thai, Hangul), in one run:
#
#   1. the parser alone (streaming reader, all validation, duplicate check);
#   2. side by side, RUNS times (best kept): `scrutineer roll import` into a
#      new election file (release build); SQLite's own `.import` (the sqlite3
#      shell) of the same file into a plain table with a unique email index
#      (the baseline a user would compare with); and the same `.import` into
#      a table with our b-tree indexes (unique email, name) and our trigram
#      full-text index filled after the rows (the heavier baseline). Same
#      journal settings as an election file (WAL, synchronous=NORMAL). Both
#      ratios are printed;
#   3. the search index of the import, built after it (the window does this
#      in the background; the CLI before its first search);
#   4. searching and paging the imported roll (`scrutineer roll list`).
#
# Wall time and peak memory come from /usr/bin/time -v.
#
#   scripts/bench-roll.sh [ROWS] [WORKDIR]      RUNS=5 for best of 5 (default 3)
#
# The generated roll is kept in WORKDIR (default: a temporary folder) as
# roll-v2-ROWS.csv and reused by later runs; the databases are recreated.
set -euo pipefail
ROWS=${1:-1000000}
RUNS=${RUNS:-3}
WORK=${2:-$(mktemp -d)}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROLL="$WORK/roll-v2-$ROWS.csv"
mkdir -p "$WORK"
command -v sqlite3 >/dev/null || { echo "sqlite3 (the SQLite shell) is needed: apt-get install sqlite3" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed: apt-get install time" >&2; exit 1; }

if [ ! -s "$ROLL" ]; then
  echo "generating $ROLL ($ROWS rows)"
  python3 - "$ROWS" "$ROLL" <<'PY'
import sys
rows, out = int(sys.argv[1]), sys.argv[2]
first = ["Stéphane", "Łukasz", "Ξένια", "Иван", "直哉", "Zoë", "José", "Siobhán",
         "Ayşe", "محمد", "Nguyễn", "Ann", "अनन्या", "שרה", "สมชาย", "지민"]
last = ["Dupont", "Żółć", "Παπαδοπούλου", "Петров", "稲田", "O'Brien", "Núñez", "Ní Bhriain",
        "Yılmaz", "علي", "Văn An", "Lee, Jr.", "शर्मा", "כהן", "ใจดี", "김"]
kinds = ["Fellow", "Supporting", "Contributing", "Managing"]
n = len(first)
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("FirstName,LastName,MembershipType,Email,Voter ID\r\n")
    for i in range(rows):
        fn, ln = first[i % n], last[(i // n) % n]
        if "," in ln:
            ln = '"' + ln + '"'
        f.write(f"{fn},{ln},{kinds[i % 4]},voter{i}@example.org,V{i:07d}\r\n")
PY
fi
ls -l "$ROLL"

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
if [ -z "${BENCH_NO_BUILD:-}" ]; then # BENCH_NO_BUILD=1: use the binaries already built
  echo "building (release)"
  cargo build --quiet --release -p scrutineer-formats --example parse_roll --manifest-path "$ROOT/Cargo.toml"
  cargo build --quiet --release -p scrutineer-cli --manifest-path "$ROOT/Cargo.toml"
fi
PARSE="$CARGO_TARGET_DIR/release/examples/parse_roll"
CLI="$CARGO_TARGET_DIR/release/scrutineer"

# Run a command under /usr/bin/time -v; print its wall time and peak memory;
# the wall time in seconds is left in $WALL, its CPU time (user + system) in
# $CPU.
timed() {
  local label=$1
  shift
  /usr/bin/time -v "$@" >"$WORK/out.txt" 2>"$WORK/time.txt" || {
    cat "$WORK/out.txt" "$WORK/time.txt" >&2
    exit 1
  }
  local wall rss user sys
  wall=$(grep -E "Elapsed \(wall clock\)" "$WORK/time.txt" | awk '{print $NF}')
  rss=$(grep -E "Maximum resident set size" "$WORK/time.txt" | awk '{print $NF}')
  user=$(grep -E "User time" "$WORK/time.txt" | awk '{print $NF}')
  sys=$(grep -E "System time" "$WORK/time.txt" | awk '{print $NF}')
  WALL=$(echo "$wall" | awk -F: '{s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s}')
  CPU=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
  echo "$label: wall $wall, CPU ${user}s user + ${sys}s system, peak RSS $((rss / 1024)) MB"
}

echo
echo "== 1. parse only"
timed "parser (parse_roll)" "$PARSE" "$ROLL"

# The plain baseline: the file's columns and a unique index on the email.
PLAIN='PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE voter (first_name TEXT, last_name TEXT, membership TEXT, email TEXT, member_id TEXT);
CREATE UNIQUE INDEX voter_by_email ON voter(email);'
# The heavier one: STRICT, a unique index standing in for UNIQUE (term_id,
# email_key), an index standing in for voter_by_name (term_id, name), and the
# same full-text index as an election file's (migrations 3 and 6): trigram,
# on the name and the email, detail=none, columnsize=0, an 8 MiB
# pending-index buffer, filled after the rows in one statement.
EQUIV='PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE voter (
  first_name TEXT NOT NULL,
  last_name  TEXT NOT NULL,
  membership TEXT,
  email      TEXT NOT NULL,
  member_id  TEXT
) STRICT;
CREATE UNIQUE INDEX voter_by_email ON voter(email);
CREATE INDEX voter_by_name ON voter(first_name, last_name);'
FTS="CREATE VIRTUAL TABLE voter_fts USING fts5(name, email, content='', tokenize='trigram', detail='none', columnsize=0);
INSERT INTO voter_fts (voter_fts, rank) VALUES ('hashsize', 8388608);"
FTS_FILL="INSERT INTO voter_fts (rowid, name, email) SELECT rowid, first_name || ' ' || last_name, email FROM voter;"

sqlite_import() {
  local db=$1 schema=$2 label=$3 after=${4:-}
  rm -f "$db" "$db-wal" "$db-shm"
  sqlite3 "$db" "$schema" >/dev/null
  printf '.mode csv\n.import --skip 1 %s voter\n%s\n' "$ROLL" "$after" >"$WORK/import.sql"
  timed "$label" sqlite3 "$db" ".read $WORK/import.sql"
}

DB="$WORK/election.db"
our_import() {
  rm -f "$DB" "$DB-wal" "$DB-shm"
  "$CLI" --db "$DB" term create T --seats 1 --method approval >/dev/null
  timed "scrutineer roll import" "$CLI" --db "$DB" roll import T "$ROLL"
}

# best MIN NEW: the smaller of two wall times (an empty MIN is none yet).
best() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'; }

echo
echo "== 2. roll import and sqlite3 .import, side by side, best of $RUNS (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
OURS="" PLAIN_T="" HEAVY_T="" OURS_C="" PLAIN_C="" HEAVY_C=""
for run in $(seq "$RUNS"); do
  echo "-- run $run"
  our_import
  OURS=$(best "$OURS" "$WALL")
  OURS_C=$(best "$OURS_C" "$CPU")
  sqlite_import "$WORK/sqlite.db" "$PLAIN" "sqlite3 .import (plain table, unique email index)"
  PLAIN_T=$(best "$PLAIN_T" "$WALL")
  PLAIN_C=$(best "$PLAIN_C" "$CPU")
  sqlite_import "$WORK/sqlite-fts.db" "$EQUIV
$FTS" "sqlite3 .import (same b-tree + full-text indexes)" "$FTS_FILL"
  HEAVY_T=$(best "$HEAVY_T" "$WALL")
  HEAVY_C=$(best "$HEAVY_C" "$CPU")
done
head -c 300 "$WORK/out.txt"
echo
echo "voters on the roll: $(sqlite3 "$DB" 'SELECT COUNT(*) FROM voter'); sqlite3 rows: $(sqlite3 "$WORK/sqlite.db" 'SELECT COUNT(*) FROM voter')"
echo "best wall: scrutineer $OURS s, plain .import $PLAIN_T s, heavy .import $HEAVY_T s (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "least CPU (user + system): scrutineer $OURS_C s, plain .import $PLAIN_C s, heavy .import $HEAVY_C s"
awk -v o="$OURS" -v p="$PLAIN_T" -v h="$HEAVY_T" -v oc="$OURS_C" -v pc="$PLAIN_C" -v hc="$HEAVY_C" 'BEGIN {
  printf "ratio against the plain .import (unique email index): %.2f wall, %.2f CPU\n", o / p, oc / pc
  printf "ratio against the heavy .import (same b-tree + full-text indexes): %.2f wall, %.2f CPU\n", o / h, oc / hc }'

echo
echo "== 3. the search index of the import, built after it (in the window: in the background)"
echo "voters waiting for the index: $(sqlite3 "$DB" 'SELECT COUNT(*) FROM voter WHERE id > (SELECT upto FROM search_index)')"
timed "first search (builds the index, once)" "$CLI" --db "$DB" roll list T --search Петров --limit 1
tail -n 1 "$WORK/out.txt"

echo
echo "== 4. the Voters section on $ROWS voters (scrutineer roll list; process start included)"
for args in "--limit 50" "--limit 50 --offset 900000" "--search Петров --limit 50" \
  "--search Петров --limit 50 --offset 60000" "--search етро --limit 50" "--search voter12345@ --limit 50" \
  "--search Jr --limit 50" "--search nobody-here --limit 50"; do
  # shellcheck disable=SC2086
  timed "roll list $args" "$CLI" --db "$DB" roll list T $args
  tail -n 1 "$WORK/out.txt"
done

echo
echo "== 5. export (streamed to a temporary file, then renamed)"
timed "roll export --format csv" "$CLI" --db "$DB" roll export T --format csv --out "$WORK/export.csv"
ls -l "$WORK/export.csv"
