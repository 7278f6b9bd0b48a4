#!/usr/bin/env bash
# End-to-end counting benchmark: builds the release CLI, generates seeded
# ballot files (scripts: crates/scrutineer-formats/examples/gen_ballots.rs),
# times `scrutineer count FILE --method M --seats N` on each (parsing
# included) at full size and at 1/10 of it (to show memory stays flat), and
# times the peers on the full-size files: Python (pref_voting, pyrankvote)
# and, for Meek STV, stv-rs 0.5.1 (Rust; installed with cargo if missing),
# best of RUNS like Scrutineer. Prints a Markdown table
# (docs/benchmarks.md has the figures and the reading of them).
#
#   scripts/bench-count.sh              # everything
#   NO_PEER=1 scripts/bench-count.sh    # Scrutineer only
#   SCALE=10 scripts/bench-count.sh     # all sizes divided by 10 (quick look)
#
# Environment: BENCH_DATA (default target/bench-data: the generated files,
# kept between runs), CARGO_TARGET_DIR (default target), PEER_TIMEOUT
# (seconds, default 120), RUNS (runs per case, best time kept; default 3).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=${BENCH_DATA:-$ROOT/target/bench-data}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
PEER_TIMEOUT=${PEER_TIMEOUT:-120}
RUNS=${RUNS:-3}
SCALE=${SCALE:-1}
VENV=$ROOT/target/bench-venv
mkdir -p "$DATA"

echo "==> building the release CLI and the ballot generator" >&2
cargo build --quiet --release -p scrutineer-cli --manifest-path "$ROOT/Cargo.toml"
cargo build --quiet --release -p scrutineer-formats --example gen_ballots --manifest-path "$ROOT/Cargo.toml"
BIN=$CARGO_TARGET_DIR/release/scrutineer
GEN=$CARGO_TARGET_DIR/release/examples/gen_ballots

# Peers: pref_voting (Schulze, IRV, approval, STAR), pinned as in
# tests/differential; pyrankvote (STV) — in a venv under target/.
if [ -z "${NO_PEER:-}" ]; then
  if ! "$VENV/bin/python" -c "import pref_voting, pyrankvote" 2>/dev/null; then
    echo "==> creating $VENV (pref_voting 1.18.2, pyrankvote)" >&2
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet "pref_voting==1.18.2" "pyrankvote==2.0.6"
  fi
  # Meek STV peer: stv-rs (fixed-point, 9 decimal places like ours).
  STV_RS=${STV_RS:-$(command -v stv-rs || echo "$HOME/.cargo/bin/stv-rs")}
  if [ ! -x "$STV_RS" ]; then
    echo "==> installing stv-rs 0.5.1 (cargo install)" >&2
    cargo install --quiet stv-rs --version 0.5.1 --locked
    STV_RS=$HOME/.cargo/bin/stv-rs
  fi
fi

if [ -x /usr/bin/time ]; then
  # Wall seconds, user+system CPU seconds, peak resident memory (KB).
  timed() { /usr/bin/time -f "%e %U %S %M" -o "$DATA/.time" "$@" >"$DATA/.out" 2>"$DATA/.err"; }
  read_time() { awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$DATA/.time"; }
else
  # No GNU time (scripts/setup.sh installs it): bash's clock, and the peak
  # memory from the kernel's record of the child (VmHWM) is not reachable
  # after exit, so it is reported as "?".
  timed() { local s e; s=$(date +%s.%N); "$@" >"$DATA/.out" 2>"$DATA/.err"; e=$(date +%s.%N);
    echo "$(echo "$e - $s" | bc) ? ?" >"$DATA/.time"; }
  read_time() { cat "$DATA/.time"; }
fi

# generate KIND BALLOTS -> prints the file path; the distinct-ballot count
# is kept beside it.
generate() {
  local kind=$1 n=$2 ext=csv
  [ "$kind" = stv-blt ] && ext=blt
  local f="$DATA/$kind-$n.$ext"
  if [ ! -s "$f" ] || [ ! -s "$f.distinct" ]; then
    "$GEN" "$kind" "$n" "$f" 2>"$f.log"
    sed -E 's/.* ([0-9]+) distinct/\1/' "$f.log" >"$f.distinct"
  fi
  echo "$f"
}

# best_of RUNS cmd...: the run with the least wall time ("wall cpu kb").
best_of() {
  local best="" line
  for _ in $(seq "$RUNS"); do
    if ! timed "$@"; then
      echo "FAILED: $*" >&2; cat "$DATA/.err" >&2; echo "fail fail fail"; return
    fi
    line=$(read_time)
    if [ -z "$best" ] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN{exit !(a<b)}'; then
      best=$line
    fi
  done
  echo "$best"
}

# stv-rs reads BLT with a `[nick …]` line and ballots by nickname: our BLT
# with candidate i named ci. Kept beside the file.
nick_blt() {
  local f=$1 out=$1.nick.blt
  if [ ! -s "$out" ]; then
    awk 'NR == 1 { print; n = $1; s = "[nick"; for (i = 1; i <= n; i++) s = s " c" i; print s "]"; next }
         /^"/ || $0 == "0" { print; next }
         { line = $1; for (i = 2; i < NF; i++) { m = split($i, eq, "="); t = "c" eq[1];
             for (j = 2; j <= m; j++) t = t "=c" eq[j]; line = line " " t } print line " 0" }' "$f" >"$out"
  fi
  echo "$out"
}

# The Meek peer, best of RUNS; its winners from its report.
peer_meek() {
  local file best
  file=$(nick_blt "$1")
  best=$(best_of "$STV_RS" --arithmetic fixed9 --input "$file" meek)
  read -r wall _ kb <<<"$best"
  echo "stv-rs 0.5.1 \`meek\` (fixed9): $wall s, $((kb / 1024)) MB ($(sed -n '/Action: Count Complete/,$p' "$DATA/.out" | grep -E '^\s*Elected:' | sed -E 's/.*Elected: *//; s/ *\([^)]*\)//g' | paste -sd ',' | sed 's/,/, /g'))"
}

peer() {
  local method=$1 seats=$2 file=$3
  if [ -n "${NO_PEER:-}" ] || [ "$method" = "-" ]; then echo "—"; return; fi
  if [ "$method" = "meek" ]; then peer_meek "$file"; return; fi
  local rc=0
  /usr/bin/time -f "%e %M" -o "$DATA/.ptime" timeout "$PEER_TIMEOUT" \
    "$VENV/bin/python" "$ROOT/scripts/bench-peer.py" "$method" "$seats" "$file" >"$DATA/.pout" 2>"$DATA/.perr" || rc=$?
  if [ "$rc" -eq 0 ]; then
    read -r wall kb <"$DATA/.ptime"
    echo "$wall s, $((kb / 1024)) MB ($(sed -E 's/.*winners=(.*) seconds.*/\1/' "$DATA/.pout"))"
  elif [ "$rc" -eq 124 ]; then
    echo "> $PEER_TIMEOUT s"
  else
    echo "error: $(tail -1 "$DATA/.perr")"
  fi
}

winners() {
  python3 -c 'import json,sys; print(", ".join(json.load(open(sys.argv[1]))["winners"]))' "$1"
}

M=$((1000000 / SCALE))
K=$((100000 / SCALE))
# case: label kind size method seats peer-method
CASES=(
  "Schulze|ranked|$M|schulze|3|schulze"
  "Schulze (diverse)|ranked-diverse|$M|schulze|3|schulze"
  "IRV|ranked|$M|irv|1|irv"
  "Approval|approval|$M|approval|3|approval"
  "Bloc STAR|star|$M|star|3|star"
  "Scottish STV (BLT)|stv-blt|$K|stv-scottish|7|stv"
  "Meek STV (BLT)|stv-blt|$K|stv-meek|7|meek"
  "Scottish STV (grid)|stv-grid|$K|stv-scottish|7|-"
  "Meek STV (grid)|stv-grid|$K|stv-meek|7|-"
)

echo "==> generating inputs in $DATA" >&2
for c in "${CASES[@]}"; do
  IFS='|' read -r _ kind n _ _ _ <<<"$c"
  generate "$kind" "$n" >/dev/null
  generate "$kind" "$((n / 10))" >/dev/null
done

echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo "Scrutineer: best of $RUNS runs, wall time (CPU time user+sys), peak RSS; parsing included."
echo
echo "| Case | Ballots | Distinct | File | Scrutineer | Peak memory | 1/10 size: time, memory | Peer (full size) | Winners (Scrutineer) |"
echo "|---|---:|---:|---:|---:|---:|---:|---|---|"
for c in "${CASES[@]}"; do
  IFS='|' read -r label kind n method seats pmethod <<<"$c"
  f=$(generate "$kind" "$n")
  fs=$(generate "$kind" "$((n / 10))")
  read -r wall cpu kb <<<"$(best_of "$BIN" count "$f" --method "$method" --seats "$seats" --json)"
  won=$(winners "$DATA/.out" 2>/dev/null || echo "?")
  read -r swall scpu skb <<<"$(best_of "$BIN" count "$fs" --method "$method" --seats "$seats" --json)"
  size=$(du -m "$f" | cut -f1)
  echo "| $label | $n | $(cat "$f.distinct") | ${size} MB | $wall s ($cpu s) | $((kb / 1024)) MB | $swall s, $((skb / 1024)) MB | $(peer "$pmethod" "$seats" "$f") | $won |"
done
