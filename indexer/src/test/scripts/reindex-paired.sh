#!/usr/bin/env bash
# One-shot re-index after one change, two builds paired in one run (BENCHMARKS.md, "Watching the
# source folder: one change in 10,000 files"): OLD and NEW are commands that run santekb (e.g. a
# script exec'ing java over a frozen copy of each build's jars); they take turns on the same index
# (the one reindex-one-change.sh leaves in $WORK/index), which one goes first alternating, each run
# after its own change:
#   nochange  nothing touched
#   txt       one .txt file changed (a sentence appended): one file extracted
#   move      one .docx moved to another folder and back: re-pointed from the extraction cache
# (KINDS="nochange txt" runs some of them.) Each run's report is checked. Prints every run and the medians per build; writes
# $WORK/paired-times.tsv.
#   OLD=/tmp/old.sh NEW=./santekb WORK=/tmp/cache-bench RUNS=5 indexer/src/test/scripts/reindex-paired.sh
set -euo pipefail
WORK="${WORK:-/tmp/cache-bench}"
RUNS="${RUNS:-5}"
KINDS="${KINDS:-nochange txt move}"
FILES="$WORK/files"
INDEX="$WORK/index"
TIMES="$WORK/paired-times.tsv"
: "${OLD:?OLD=command running the old build}" "${NEW:?NEW=command running the new build}"
[ -d "$INDEX" ] || { echo "no index in $INDEX: run reindex-one-change.sh first" >&2; exit 2; }

run() { # run BUILD KIND EXPECTED_EXTRACTED
  local cmd; [ "$1" = old ] && cmd="$OLD" || cmd="$NEW"
  /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" \
    $cmd index --source "$FILES" --index "$INDEX" --quiet >/dev/null 2>"$WORK/stderr.txt"
  read -r wall user sys < "$WORK/time.txt"
  local got
  got="$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["extracted"], r["reused"])' \
    "$INDEX-report.json")"
  if [ "${got%% *}" != "$3" ]; then
    echo "$1 $2: expected $3 files extracted, the report says ${got%% *}" >&2; exit 1
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$wall" "$(python3 -c "print(round($user+$sys,2))")" "$got" | tee -a "$TIMES"
}
TXT="$(find "$FILES" -name '*.txt' | sort | sed -n 3p)"
MOVED="$(find "$FILES" -name '*.docx' | sort | sed -n 3p)"
mkdir -p "$FILES/deplaces"
change() {
  case "$1" in
    nochange) ;;
    txt) printf '\nModification du plan local de santé, %s.\n' "$(date +%s%N)" >> "$TXT" ;;
    move) if [ -f "$MOVED" ]; then mv "$MOVED" "$FILES/deplaces/"; else mv "$FILES/deplaces/$(basename "$MOVED")" "$MOVED"; fi ;;
  esac
}

printf 'build\tkind\twall_s\tcpu_s\textracted reused\n' > "$TIMES"
echo "load: $(uptime)"
$NEW index --source "$FILES" --index "$INDEX" --quiet >/dev/null 2>&1 # whatever changed before
for kind in $KINDS; do
  [ "$kind" = txt ] && expected=1 || expected=0
  for i in $(seq "$RUNS"); do
    if [ $((i % 2)) = 1 ]; then order="old new"; else order="new old"; fi
    for build in $order; do change "$kind"; run "$build" "$kind" "$expected"; done
  done
done
echo "load: $(uptime)"
python3 - "$TIMES" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
groups = {}
for r in rows:
    groups.setdefault((r['kind'], r['build']), []).append((float(r['wall_s']), float(r['cpu_s'])))
print(f"{'kind':9} {'build':5} {'runs':>4} {'wall median s':>14} {'cpu median s':>13}")
for (k, b), v in groups.items():
    print(f"{k:9} {b:5} {len(v):4d} {statistics.median(x[0] for x in v):14.2f} {statistics.median(x[1] for x in v):13.2f}")
PY
