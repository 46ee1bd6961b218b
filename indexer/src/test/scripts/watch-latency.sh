#!/usr/bin/env bash
# Latency of `santekb index --watch` after one change in N generated files (BENCHMARKS.md, "Watching
# the source folder: one change in 10,000 files"). Needs the full index reindex-one-change.sh leaves
# in $WORK/index. Starts the watch (its first pass finds nothing changed), then makes RUNS changes
# of each kind, one at a time, and times each from the write to:
#   commit  the index's next commit (a new segments_N file), and
#   logged  the watch's log line for that batch (written after the commit and the state file),
# and reads the watch process's CPU time for the batch from /proc. Kinds:
#   txt   one .txt file changed (a sentence appended): one file read by Tika
#   pdf   one .pdf file changed (a comment appended after %%EOF): one file read by Tika (PDFBox)
#   move  one .docx moved to another folder and back: re-pointed from the extraction cache
# Each batch's log line is checked (what it indexed, where the text came from). Then SIGTERM, and
# the stop is checked. Prints every change and the medians, as % of the full index's wall and CPU
# time (FULL_WALL, FULL_CPU seconds; default: the "full" row of $WORK/times.tsv); writes
# $WORK/watch-times.tsv.
#   WORK=/tmp/cache-bench RUNS=7 SANTEKB=./santekb indexer/src/test/scripts/watch-latency.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
WORK="${WORK:-/tmp/cache-bench}"
RUNS="${RUNS:-7}"
SANTEKB="${SANTEKB:-$ROOT/santekb}" # must exec java (the launcher does), so $! is the JVM
SETTLE_MS="${SETTLE_MS:-500}"
FILES="$WORK/files"
INDEX="$WORK/index"
LOG="$WORK/watch.log"
TIMES="$WORK/watch-times.tsv"
[ -d "$INDEX" ] || { echo "no index in $INDEX: run reindex-one-change.sh first" >&2; exit 2; }
if [ -z "${FULL_WALL:-}" ] && [ -f "$WORK/times.tsv" ]; then
  read -r FULL_WALL FULL_CPU < <(awk -F'\t' '$1 == "full" {print $2, $3}' "$WORK/times.tsv")
fi
TICK="$(getconf CLK_TCK)"

now() { date +%s%N; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
generation() { ls "$INDEX" | sed -n 's/^segments_//p' | awk '{print length($0), $0}' | sort -k1,1n -k2 | tail -1; }
batches() { grep -c ' changes: ' "$LOG" || true; }
new_commit() { [ "$(generation)" != "$GEN" ]; }
new_batch() { [ "$(batches)" -gt "$N" ]; }
await() { # await WHAT TIMEOUT_S COMMAND...: polls the command every 10 ms until it succeeds
  local what="$1" limit=$(( $(now) + $2 * 1000000000 )); shift 2
  until "$@"; do
    kill -0 "$PID" 2>/dev/null || { echo "the watch died; log: $LOG" >&2; exit 1; }
    [ "$(now)" -lt "$limit" ] || { echo "timed out waiting for $what; log: $LOG" >&2; exit 1; }
    sleep 0.01
  done
}

echo "load: $(uptime)"
rm -f "$LOG" # the last run's log must not be taken for this one's
T0="$(now)"
"$SANTEKB" index --source "$FILES" --index "$INDEX" --watch --quiet --settle "$SETTLE_MS" \
  --rescan 600 >"$LOG" 2>&1 &
PID=$!
trap 'kill -TERM "$PID" 2>/dev/null || true' EXIT
await "the watch to start" 900 grep -q 'watching ' "$LOG"
START_S="$(python3 -c "print(round(($(now) - $T0) / 1e9, 2))")"
START_CPU="$(python3 -c "print(round($(cpu_ticks) / $TICK, 2))")"
echo "watch up after ${START_S} s (${START_CPU} s CPU, first pass and Tika start included)"

printf 'kind\tcommit_s\tlogged_s\tcpu_s\tline\n' > "$TIMES"
change() { # change KIND EXPECTED_LOG_PATTERN MUTATION...: one timed change
  local kind="$1" expect="$2"; shift 2
  local cpu0 t0 t_commit t_log line
  sleep 2 # the previous batch is over and logged
  N="$(batches)"; GEN="$(generation)"; cpu0="$(cpu_ticks)"
  t0="$(now)"
  "$@"
  await "a commit" 120 new_commit
  t_commit="$(now)"
  await "the batch's log line" 120 new_batch
  t_log="$(now)"
  line="$(grep ' changes: ' "$LOG" | sed -n "$((N + 1))p" | sed 's/.* changes: //')"
  if ! grep -qE "$expect" <<<"$line"; then
    echo "$kind: expected «$expect» in the batch's line, got «$line»" >&2; exit 1
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$kind" \
    "$(python3 -c "print(round(($t_commit - $t0) / 1e9, 3))")" \
    "$(python3 -c "print(round(($t_log - $t0) / 1e9, 3))")" \
    "$(python3 -c "print(round(($(cpu_ticks) - $cpu0) / $TICK, 2))")" "$line" | tee -a "$TIMES"
}
append_txt() { printf '\nModification %s du plan local de santé, %s.\n' "$1" "$(now)" >> "$TXT"; }
append_pdf() { printf '\n%% santekb watch benchmark %s %s\n' "$1" "$(now)" >> "$PDF"; }
move_docx() {
  if [ -f "$MOVED" ]; then mv "$MOVED" "$FILES/deplaces/"; else mv "$FILES/deplaces/$(basename "$MOVED")" "$MOVED"; fi
}
TXT="$(find "$FILES" -name '*.txt' | sort | sed -n 2p)"
PDF="$(find "$FILES" -name '*.pdf' | sort | sed -n 2p)"
MOVED="$(find "$FILES" -name '*.docx' | sort | sed -n 2p)"
mkdir -p "$FILES/deplaces"
sleep 3 # the new folder's own batch
for i in $(seq "$RUNS"); do change txt '\(indexed 1\); Tika 1, cache 0' append_txt "$i"; done
for i in $(seq "$RUNS"); do change pdf '\(indexed 1\); Tika 1, cache 0' append_pdf "$i"; done
for i in $(seq "$RUNS"); do change move 'Tika 0, cache 1' move_docx; done
RSS="$(awk '/VmRSS/ {print $2 / 1024 " MB"}' "/proc/$PID/status")"

kill -TERM "$PID"
wait "$PID" || true
trap - EXIT
grep -q 'watch stopped; the index is at its last commit' "$LOG" \
  || { echo "the watch did not stop cleanly; log: $LOG" >&2; exit 1; }
echo "stopped cleanly on SIGTERM; resident memory before the stop: $RSS"
echo "load: $(uptime)"
python3 - "$TIMES" "${FULL_WALL:-}" "${FULL_CPU:-}" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
full_wall = float(sys.argv[2]) if sys.argv[2] else None
full_cpu = float(sys.argv[3]) if sys.argv[3] else None
kinds = {}
for r in rows:
    kinds.setdefault(r['kind'], []).append(r)
print(f"{'kind':5} {'runs':>4} {'commit s':>9} {'logged s':>9} {'cpu s':>6} {'logged % full wall':>19} {'cpu % full cpu':>15}")
for k, v in kinds.items():
    c = statistics.median(float(x['commit_s']) for x in v)
    l = statistics.median(float(x['logged_s']) for x in v)
    u = statistics.median(float(x['cpu_s']) for x in v)
    pw = f"{100 * l / full_wall:.2f}" if full_wall else "-"
    pc = f"{100 * u / full_cpu:.2f}" if full_cpu else "-"
    print(f"{k:5} {len(v):4d} {c:9.3f} {l:9.3f} {u:6.2f} {pw:>19} {pc:>15}")
PY
