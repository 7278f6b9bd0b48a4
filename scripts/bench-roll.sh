#!/usr/bin/env bash
# Benchmark the voter roll on a 1,000,000-row file with names in many
# scripts (Latin with diacritics, Greek, Cyrillic, Han, Arabic, Vietnamese,
# Devanagari, Hebrew, Thai, Hangul), in one run:
#
#   1. the parser alone (streaming reader, all validation, duplicate check);
#   2. `scrutineer roll import` into a new election file (release build);
#   3. SQLite's own `.import` (the sqlite3 shell) of the same file into an
#      equivalent STRICT table with the same indexes (a unique index on the
#      email, an index on the name) and the same journal settings (WAL,
#      synchronous=NORMAL);
#   4. the same `.import` into a table that also has the same trigram
#      full-text index as ours (the index behind the Voters search);
#   5. searching and paging the imported roll (`scrutineer roll list`).
#
# Wall time and peak memory come from /usr/bin/time -v.
#
#   scripts/bench-roll.sh [ROWS] [WORKDIR]
#
# The generated roll is kept in WORKDIR (default: a temporary folder) as
# roll-v2-ROWS.csv and reused by later runs; the databases are recreated.
set -euo pipefail
ROWS=${1:-1000000}
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

# Run a command under /usr/bin/time -v; print its wall time and peak memory.
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
  echo "$label: wall $wall, CPU ${user}s user + ${sys}s system, peak RSS $((rss / 1024)) MB"
}

echo
echo "== 1. parse only"
timed "parser (parse_roll)" "$PARSE" "$ROLL"

echo
echo "== 2. scrutineer roll import (one transaction, all checks)"
DB="$WORK/election.db"
rm -f "$DB" "$DB-wal" "$DB-shm"
"$CLI" --db "$DB" term create T --seats 1 --method approval >/dev/null
timed "scrutineer roll import" "$CLI" --db "$DB" roll import T "$ROLL"
head -c 300 "$WORK/out.txt"
echo
echo "voters on the roll: $(sqlite3 "$DB" 'SELECT COUNT(*) FROM voter')"

# The equivalent table: the file's columns, STRICT, a unique index standing
# in for UNIQUE (term_id, email_key) and an index standing in for
# voter_by_name (term_id, name). Same journal settings as an election file.
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
# The same full-text index as an election file's (migration 3): a trigram
# index on the name and the email, detail=none, columnsize=0, an 8 MiB
# pending-index buffer, filled after the rows in one
# statement (as `roll import` does).
FTS="CREATE VIRTUAL TABLE voter_fts USING fts5(name, email, content='', tokenize='trigram', detail='none', columnsize=0);
INSERT INTO voter_fts (voter_fts, rank) VALUES ('hashsize', 8388608);"
FTS_FILL="INSERT INTO voter_fts (rowid, name, email) SELECT rowid, first_name || ' ' || last_name, email FROM voter;"

sqlite_import() {
  local db=$1 schema=$2 label=$3 after=${4:-}
  rm -f "$db" "$db-wal" "$db-shm"
  sqlite3 "$db" "$schema" >/dev/null
  printf '.mode csv\n.import --skip 1 %s voter\n%s\n' "$ROLL" "$after" >"$WORK/import.sql"
  timed "$label" sqlite3 "$db" ".read $WORK/import.sql"
  echo "rows: $(sqlite3 "$db" 'SELECT COUNT(*) FROM voter')"
}

echo
echo "== 3. sqlite3 .import into the equivalent table (same b-tree indexes)"
sqlite_import "$WORK/sqlite.db" "$EQUIV" "sqlite3 .import"

echo
echo "== 4. sqlite3 .import, equivalent table + the same full-text index"
sqlite_import "$WORK/sqlite-fts.db" "$EQUIV
$FTS" "sqlite3 .import (+ trigram index)" "$FTS_FILL"

echo
echo "== 5. the Voters section on $ROWS voters (scrutineer roll list; process start included)"
for args in "--limit 50" "--limit 50 --offset 900000" "--search Петров --limit 50" \
  "--search Петров --limit 50 --offset 60000" "--search етро --limit 50" "--search voter12345@ --limit 50" \
  "--search Jr --limit 50" "--search nobody-here --limit 50"; do
  # shellcheck disable=SC2086
  timed "roll list $args" "$CLI" --db "$DB" roll list T $args
  tail -n 1 "$WORK/out.txt"
done

echo
echo "== 6. export (streamed to a temporary file, then renamed)"
timed "roll export --format csv" "$CLI" --db "$DB" roll export T --format csv --out "$WORK/export.csv"
ls -l "$WORK/export.csv"
