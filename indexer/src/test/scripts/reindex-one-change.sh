#!/usr/bin/env bash
# Re-index after one change in N generated files (BENCHMARKS.md, "Re-index after one change in
# 10,000 files"): a cold full index, then RUNS re-runs of each kind, through the real launcher:
#   nochange  nothing touched
#   txt       one .txt file changed (a sentence appended): Tika starts, one file extracted
#   pdf       one .pdf file changed (a comment appended after %%EOF): same, through PDFBox
#   move      one file moved to another folder and back: re-pointed from the extraction cache
# Each re-run's report is checked (exactly one file extracted for txt/pdf, none for the others).
# Prints every run (wall and CPU seconds) and the medians; writes $WORK/times.tsv.
#   WORK=/tmp/cache-bench COUNT=10000 RUNS=5 SKIP_FULL=1 indexer/src/test/scripts/reindex-one-change.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
WORK="${WORK:-/tmp/cache-bench}"
COUNT="${COUNT:-10000}"
RUNS="${RUNS:-5}"
FILES="$WORK/files"
INDEX="$WORK/index"
TIMES="$WORK/times.tsv"
mkdir -p "$WORK"
[ -d "$FILES" ] || "$ROOT/santekb" generate-corpus --count "$COUNT" --out "$FILES" --seed 1

run() { # run KIND EXPECTED_EXTRACTED: one timed index run, its report checked
  /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" \
    "$ROOT/santekb" index --source "$FILES" --index "$INDEX" --quiet >/dev/null 2>"$WORK/stderr.txt"
  read -r wall user sys < "$WORK/time.txt"
  local got
  got="$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["extracted"], r["reused"])' \
    "$INDEX-report.json")"
  if [ -n "$2" ] && [ "${got%% *}" != "$2" ]; then
    echo "$1: expected $2 files extracted, the report says ${got%% *}" >&2; exit 1
  fi
  printf '%s\t%s\t%s\t%s\n' "$1" "$wall" "$(python3 -c "print(round($user+$sys,2))")" "$got" | tee -a "$TIMES"
}

printf 'kind\twall_s\tcpu_s\textracted reused\n' > "$TIMES"
echo "load: $(uptime)"
if [ "${SKIP_FULL:-}" != 1 ]; then
  rm -rf "$INDEX" "$INDEX-report.json"
  run full ""
fi
run warmup ""   # an index built by an older santekb gets its state file here
TXT="$(find "$FILES" -name '*.txt' | sort | sed -n 1p)"
PDF="$(find "$FILES" -name '*.pdf' | sort | sed -n 1p)"
MOVED="$(find "$FILES" -name '*.docx' | sort | sed -n 1p)"
mkdir -p "$FILES/deplaces"
for i in $(seq "$RUNS"); do run nochange 0; done
for i in $(seq "$RUNS"); do
  printf '\nModification %s du plan local de santé, %s.\n' "$i" "$(date +%s%N)" >> "$TXT"
  run txt 1
done
for i in $(seq "$RUNS"); do
  printf '\n%% santekb benchmark change %s %s\n' "$i" "$(date +%s%N)" >> "$PDF"
  run pdf 1
done
for i in $(seq "$RUNS"); do
  if [ -f "$MOVED" ]; then mv "$MOVED" "$FILES/deplaces/"; else mv "$FILES/deplaces/$(basename "$MOVED")" "$MOVED"; fi
  run move 0
done
echo "load: $(uptime)"
python3 - "$TIMES" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
kinds = {}
for r in rows:
    kinds.setdefault(r['kind'], []).append((float(r['wall_s']), float(r['cpu_s'])))
full = kinds.get('full')
print(f"{'kind':9} {'runs':>4} {'wall median s':>14} {'cpu median s':>13} {'wall % of full':>15}")
for k, v in kinds.items():
    w = statistics.median(x[0] for x in v); c = statistics.median(x[1] for x in v)
    pct = f"{100 * w / full[0][0]:.2f}" if full else "-"
    print(f"{k:9} {len(v):4d} {w:14.2f} {c:13.2f} {pct:>15}")
PY
