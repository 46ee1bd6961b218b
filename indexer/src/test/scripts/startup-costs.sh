#!/usr/bin/env bash
# Where a one-file re-index spends its time: the fixed costs of one santekb process, measured by
# commands that stop at successive stages (each RUNS times, medians of wall and CPU seconds):
#   help      JVM start and the command line (santekb index --help)
#   config    + loading and checking config/ (santekb config check)
#   extract   + French analysis, vocabularies and the 35,000 communes, Tika start-up, one small
#             file extracted and enriched (santekb extract FILE.txt)
#   nochange  the index command on WORK's index with nothing changed: config, analysis,
#             vocabularies and communes, the walk of the files, the index state, the report (no Tika)
#   WORK=/tmp/cache-bench RUNS=5 indexer/src/test/scripts/startup-costs.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
WORK="${WORK:-/tmp/cache-bench}"
RUNS="${RUNS:-5}"
TIMES="$WORK/startup.tsv"
TXT="$(find "$WORK/files" -name '*.txt' | sort | sed -n 2p)"
printf 'kind\twall_s\tcpu_s\n' > "$TIMES"
timed() { # timed KIND COMMAND...
  /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" "${@:2}" >/dev/null 2>&1
  read -r wall user sys < "$WORK/time.txt"
  printf '%s\t%s\t%s\n' "$1" "$wall" "$(python3 -c "print(round($user+$sys,2))")" | tee -a "$TIMES"
}
echo "load: $(uptime)"
for i in $(seq "$RUNS"); do
  timed help "$ROOT/santekb" index --help
  timed config "$ROOT/santekb" config check
  timed extract "$ROOT/santekb" extract "$TXT"
  timed nochange "$ROOT/santekb" index --source "$WORK/files" --index "$WORK/index" --quiet
done
echo "load: $(uptime)"
python3 - "$TIMES" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
kinds = {}
for r in rows:
    kinds.setdefault(r['kind'], []).append((float(r['wall_s']), float(r['cpu_s'])))
print(f"{'kind':9} {'runs':>4} {'wall median s':>14} {'cpu median s':>13}")
for k, v in kinds.items():
    print(f"{k:9} {len(v):4d} {statistics.median(x[0] for x in v):14.2f} {statistics.median(x[1] for x in v):13.2f}")
PY
